package dev.pulseboard.withings.sleep;

import dev.pulseboard.withings.code.WithingsCode;
import dev.pulseboard.withings.transport.CodeTable;

/**
 * A sleep-state segment ({@code state} of sleep get, withings-api.md §6).
 * A record of the raw code with named constants; unknown codes decode to {@code "unknown N"} (logged once).
 */
public record SleepState(int code) implements WithingsCode {

    private static final CodeTable<SleepState> TABLE =
            new CodeTable<>(SleepState.class, "sleep state", SleepState::new);

    public static final SleepState AWAKE = TABLE.define(0, "awake");
    public static final SleepState LIGHT = TABLE.define(1, "light");
    public static final SleepState DEEP = TABLE.define(2, "deep");
    public static final SleepState REM = TABLE.define(3, "rem");
    public static final SleepState MANUAL = TABLE.define(4, "manual");
    public static final SleepState UNSPECIFIED = TABLE.define(5, "unspecified");
    public static final SleepState OUT_OF_BED = TABLE.define(15, "out_of_bed");

    public static SleepState fromCode(int code) {
        return TABLE.fromCode(code);
    }

    @Override
    public String toString() {
        return name();
    }
}
