package dev.pulseboard.emulator.persona;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.pulseboard.emulator.data.Device;

/** The fixed cast of the emulator. The first persona is the one the consent page preselects. */
public final class Personas {

    public static final List<Persona> ALL = List.of(
            new Persona("alex", "Alex Martin (full kit, 5 years)", "10000001", ZoneId.of("Europe/Paris"), 1001,
                    List.of(Device.of("alex/scan", "Scale", "Body Scan", Device.BODY_SCAN),
                            Device.of("alex/bpm", "Blood Pressure Monitor", "BPM Core", Device.BPM_CORE),
                            Device.of("alex/sleep", "Sleep Monitor", "", Device.SLEEP_ANALYZER),
                            Device.of("alex/watch", "Activity Tracker", "ScanWatch", Device.SCANWATCH),
                            Device.of("alex/bodyplus", "Scale", "Body+", Device.BODY_PLUS)),
                    new Persona.BodyProfile(5, 84.0, 1.80, 24.0, 46, 0.92, 700, 0.0, 0.0), true),
            new Persona("sam", "Sam Keller (shared scale, manual entries, steps from Google Fit)", "10000002",
                    ZoneId.of("America/New_York"), 2002,
                    List.of(Device.of("sam/bodyplus", "Scale", "Body+", Device.BODY_PLUS), Device.GOOGLE_FIT_SOURCE),
                    new Persona.BodyProfile(2, 67.0, 1.68, 29.0, 38, 0.55, 0, 0.12, 0.05), false),
            new Persona("nina", "Nina Berg (new account, no data yet)", "10000003", ZoneId.of("Europe/Berlin"), 3003,
                    List.of(Device.of("nina/scan", "Scale", "Body Scan", Device.BODY_SCAN),
                            Device.of("nina/watch", "Activity Tracker", "ScanWatch", Device.SCANWATCH)),
                    null, false),
            new Persona("aroha", "Aroha Ngata (Pacific/Auckland, DST)", "10000004", ZoneId.of("Pacific/Auckland"),
                    4004, List.of(Device.of("aroha/bodyplus", "Scale", "Body+", Device.BODY_PLUS),
                            Device.of("aroha/watch", "Activity Tracker", "ScanWatch", Device.SCANWATCH)),
                    new Persona.BodyProfile(3, 72.0, 1.72, 27.0, 33, 0.8, 0, 0.0, 0.0), false));

    private Personas() {
    }

    public static Optional<Persona> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    static Optional<Persona> byUserId(String userId) {
        return ALL.stream().filter(p -> p.userId().equals(userId)).findFirst();
    }
}
