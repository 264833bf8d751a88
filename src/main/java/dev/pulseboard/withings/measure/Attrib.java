package dev.pulseboard.withings.measure;

import dev.pulseboard.withings.code.WithingsCode;
import dev.pulseboard.withings.transport.CodeTable;

/**
 * How a measure group was taken ({@code attrib}, withings-api.md §6). A record of the raw code with named
 * constants; unknown codes decode to {@code "unknown N"} (logged once).
 */
public record Attrib(int code) implements WithingsCode {

    private static final CodeTable<Attrib> TABLE =
            new CodeTable<>(Attrib.class, "attrib", Attrib::new);

    /** Device, unambiguously this user. */
    public static final Attrib DEVICE = TABLE.define(0, "device");
    /** Device, but it could be another user's measure. */
    public static final Attrib AMBIGUOUS = TABLE.define(1, "ambiguous");
    public static final Attrib MANUAL = TABLE.define(2, "manual");
    /** Listed by client libraries only. */
    public static final Attrib USER_PICKED = TABLE.define(3, "user_picked");
    public static final Attrib MANUAL_AT_CREATION = TABLE.define(4, "manual_at_creation");
    /** BPM "auto" mode: the best of several readings. */
    public static final Attrib AUTO = TABLE.define(5, "auto");
    public static final Attrib CONFIRMED = TABLE.define(7, "confirmed");
    /** Same as {@link #DEVICE}; the same group may come once with 0 and once with 8. */
    public static final Attrib DEVICE_DUPLICATE = TABLE.define(8, "device_duplicate");
    /** Measured under guided conditions (nerve health). */
    public static final Attrib GUIDED = TABLE.define(15, "guided");
    /** Seen in real data; client libraries treat it like {@link #GUIDED}. */
    public static final Attrib GUIDED_17 = TABLE.define(17, "guided_17");

    public static Attrib fromCode(int code) {
        return TABLE.fromCode(code);
    }

    /** Entered by hand rather than measured (2 and 4). */
    public boolean isManual() {
        return code == 2 || code == 4;
    }

    /** May belong to another person (1 and 4, as client libraries treat them). */
    public boolean isAmbiguous() {
        return code == 1 || code == 4;
    }

    @Override
    public String toString() {
        return name();
    }
}
