package dev.pulseboard.dashboard.unit;

import java.util.Arrays;
import java.util.Optional;

/** Reading a unit from a form: its name in any case; empty when it names no unit of the kind. */
final class Units {

    private Units() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String name = text == null ? "" : text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(u -> u.name().equalsIgnoreCase(name)).findFirst();
    }
}
