package dev.pulseboard.withings.measure;

import dev.pulseboard.withings.code.WithingsCode;
import dev.pulseboard.withings.transport.CodeTable;

/**
 * Where on the body a measure was taken ({@code position}, withings-api.md §6). 7 is not in Withings' spec but is
 * common in body-composition groups. Codes 15-31 (stethoscope zones) and others decode to "unknown N".
 *
 * <p>What a position means, in one place: no position, or position 7, is a whole-body value ({@link #isWholeBody});
 * the wrists, arms, feet, between the legs, body halves, legs, torso and hands (0-6, 8-14) are body parts
 * ({@link #isBodyPart}); anything else is unknown ({@link #isKnown} false): kept with its code, never dropped.
 */
public record Position(int code) implements WithingsCode {

    private static final CodeTable<Position> TABLE =
            new CodeTable<>(Position.class, "position", Position::new);

    public static final Position RIGHT_WRIST = TABLE.define(0, "right_wrist");
    public static final Position LEFT_WRIST = TABLE.define(1, "left_wrist");
    public static final Position RIGHT_ARM = TABLE.define(2, "right_arm");
    public static final Position LEFT_ARM = TABLE.define(3, "left_arm");
    public static final Position RIGHT_FOOT = TABLE.define(4, "right_foot");
    public static final Position LEFT_FOOT = TABLE.define(5, "left_foot");
    public static final Position BETWEEN_LEGS = TABLE.define(6, "between_legs");
    public static final Position WHOLE_BODY = TABLE.define(7, "whole_body");
    public static final Position LEFT_BODY = TABLE.define(8, "left_body");
    public static final Position RIGHT_BODY = TABLE.define(9, "right_body");
    public static final Position LEFT_LEG = TABLE.define(10, "left_leg");
    public static final Position RIGHT_LEG = TABLE.define(11, "right_leg");
    public static final Position TORSO = TABLE.define(12, "torso");
    public static final Position LEFT_HAND = TABLE.define(13, "left_hand");
    public static final Position RIGHT_HAND = TABLE.define(14, "right_hand");

    public static Position fromCode(int code) {
        return TABLE.fromCode(code);
    }

    /**
     * A whole-body value: Withings sends it without a position (Body+, older groups) or, in Body Scan groups, with
     * position 7 (which aiowithings names "whole body"). Both belong in the member's series of the type.
     */
    public static boolean isWholeBody(Position position) {
        return position == null || position.code == WHOLE_BODY.code;
    }

    /** A body part (a segment): wrists, arms, feet, between the legs, body halves, legs, torso, hands. */
    public boolean isBodyPart() {
        return isKnown() && code != WHOLE_BODY.code;
    }

    /** A position in Withings' table (0-14); stethoscope zones and newer codes are not. */
    public boolean isKnown() {
        return TABLE.isKnown(code);
    }

    @Override
    public String toString() {
        return name();
    }
}
