package dev.pulseboard.withings.measure;

import dev.pulseboard.withings.WithingsCode;
import dev.pulseboard.withings.transport.CodeTable;

/**
 * Where on the body a measure was taken ({@code position}, withings-api.md §6). 7 is not in Withings' spec but is
 * common in body-composition groups. Codes 15-31 (stethoscope zones) and others decode to "unknown N".
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

    @Override
    public String toString() {
        return name();
    }
}
