package dev.pulseboard.health.measure;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where on the body a stored value was measured, with its API name. A whole-body value is stored without a
 * position; the body parts keep Withings' position code; a code Pulseboard does not know is kept as it came and
 * named {@code unknown_N}.
 */
public enum BodyPosition {
    WHOLE_BODY(-1, "whole_body", "Whole body"),
    RIGHT_WRIST(0, "right_wrist", "Right wrist"),
    LEFT_WRIST(1, "left_wrist", "Left wrist"),
    RIGHT_ARM(2, "right_arm", "Right arm"),
    LEFT_ARM(3, "left_arm", "Left arm"),
    RIGHT_FOOT(4, "right_foot", "Right foot"),
    LEFT_FOOT(5, "left_foot", "Left foot"),
    BETWEEN_LEGS(6, "between_legs", "Between the legs"),
    LEFT_BODY(8, "left_body", "Left half"),
    RIGHT_BODY(9, "right_body", "Right half"),
    LEFT_LEG(10, "left_leg", "Left leg"),
    RIGHT_LEG(11, "right_leg", "Right leg"),
    TORSO(12, "torso", "Torso"),
    LEFT_HAND(13, "left_hand", "Left hand"),
    RIGHT_HAND(14, "right_hand", "Right hand");

    private final int code;
    private final String apiName;
    private final String label;

    BodyPosition(int code, String apiName, String label) {
        this.code = code;
        this.apiName = apiName;
        this.label = label;
    }

    /** The stored code: Withings' position, or -1 for the whole body. */
    public int code() {
        return code;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public static Optional<BodyPosition> fromCode(int code) {
        return Arrays.stream(values()).filter(p -> p.code == code).findFirst();
    }

    /** The API name of a stored code, {@code unknown_N} for a code Pulseboard does not know. */
    /**
     * Every API name a position can have, as a regular expression: the known names, or {@code unknown_N} for a code
     * Withings sent that has no name here.
     */
    public static final String PATTERN = "^(" + Arrays.stream(values()).map(BodyPosition::apiName)
            .collect(Collectors.joining("|")) + "|unknown_[0-9]{1,4})$";

    public static String apiName(int code) {
        return fromCode(code).map(BodyPosition::apiName).orElse("unknown_" + code);
    }

    /** The stored code of an API name ({@code left_arm}, {@code unknown_22}, ...), if it is one. */
    public static Optional<Integer> codeOf(String apiName) {
        Optional<Integer> known = Arrays.stream(values()).filter(p -> p.apiName.equals(apiName)).findFirst()
                .map(BodyPosition::code);
        if (known.isPresent() || !apiName.matches("unknown_[0-9]{1,4}")) {
            return known;
        }
        return Optional.of(Integer.parseInt(apiName.substring("unknown_".length())));
    }
}
