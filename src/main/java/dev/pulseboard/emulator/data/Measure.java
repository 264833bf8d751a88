package dev.pulseboard.emulator.data;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measure of a group: real value = value × 10^unit. {@code position} -1 = none (Body+ and older groups), 7 = whole
 * body (how Body Scans send their whole-body composition), a body part's code for segmental values.
 */
public record Measure(long value, int type, int unit, int position) {

    /** Withings' position 7: not in its spec, but what Body Scans send with whole-body composition. */
    public static final int WHOLE_BODY = 7;

    public static Measure of(int type, double real, int unit) {
        return at(type, real, unit, -1);
    }

    public static Measure at(int type, double real, int unit, int position) {
        return new Measure(Math.round(real * Math.pow(10, -unit)), type, unit, position);
    }

    /** The same value at another position. */
    public Measure at(int newPosition) {
        return new Measure(value, type, unit, newPosition);
    }

    /** A whole-body value: no position, or position 7. */
    public boolean wholeBody() {
        return position < 0 || position == WHOLE_BODY;
    }

    public BigDecimal decimal() {
        return BigDecimal.valueOf(value, -unit);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", value);
        json.put("type", type);
        json.put("unit", unit);
        json.put("algo", 0);
        json.put("fm", type == 1 ? 3 : 131);
        if (position >= 0) {
            json.put("position", position);
        }
        return json;
    }
}
