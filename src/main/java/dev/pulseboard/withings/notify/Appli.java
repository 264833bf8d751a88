package dev.pulseboard.withings.notify;

import dev.pulseboard.withings.code.WithingsCode;
import dev.pulseboard.withings.transport.CodeTable;

/**
 * A notification category ({@code appli}, withings-api.md §6): what a webhook announces and what to subscribe to.
 * A record of the raw code with named constants; unknown codes decode to {@code "unknown N"} (logged once).
 */
public record Appli(int code) implements WithingsCode {

    private static final CodeTable<Appli> TABLE =
            new CodeTable<>(Appli.class, "appli", Appli::new);

    public static final Appli WEIGHT = TABLE.define(1, "weight");
    public static final Appli TEMPERATURE = TABLE.define(2, "temperature");
    public static final Appli BLOOD_PRESSURE = TABLE.define(4, "blood_pressure");
    public static final Appli ACTIVITY = TABLE.define(16, "activity");
    public static final Appli SLEEP = TABLE.define(44, "sleep");
    public static final Appli USER = TABLE.define(46, "user");
    public static final Appli BED_IN = TABLE.define(50, "bed_in");
    public static final Appli BED_OUT = TABLE.define(51, "bed_out");
    public static final Appli INFLATE_DONE = TABLE.define(52, "inflate_done");
    public static final Appli NO_ACCOUNT = TABLE.define(53, "no_account");
    public static final Appli ECG = TABLE.define(54, "ecg");
    public static final Appli ECG_FAILED = TABLE.define(55, "ecg_failed");
    public static final Appli GLUCOSE = TABLE.define(58, "glucose");

    public static Appli fromCode(int code) {
        return TABLE.fromCode(code);
    }

    @Override
    public String toString() {
        return name();
    }
}
