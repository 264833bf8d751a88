package dev.pulseboard.emulator.data;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** One measure of a group: real value = value × 10^unit; position only for segmental values (-1 = none). */
public record Measure(long value, int type, int unit, int position) {

    public static Measure of(int type, double real, int unit) {
        return at(type, real, unit, -1);
    }

    public static Measure at(int type, double real, int unit, int position) {
        return new Measure(Math.round(real * Math.pow(10, -unit)), type, unit, position);
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
