package dev.pulseboard;

import java.util.Arrays;

import dev.pulseboard.emulator.EmulatorApplication;

/** Chooses what the jar serves: the whole of Pulseboard (the default) or the Withings emulator alone. */
final class Modes {

    static final String EMULATOR = "emulator";

    private Modes() {
    }

    static Class<?> primarySource(String[] args) {
        String mode = Arrays.stream(args)
                .filter(a -> a.startsWith("--pulseboard.mode="))
                .map(a -> a.substring("--pulseboard.mode=".length()))
                .findFirst()
                .orElseGet(() -> System.getenv().getOrDefault("PULSEBOARD_MODE", "app"));
        return EMULATOR.equalsIgnoreCase(mode.trim()) ? EmulatorApplication.class : PulseboardApplication.class;
    }
}
