package dev.pulseboard.withings.user;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * The user's goals (user getgoals, withings-api.md §4.8); all null when Withings sends {@code goals: []}.
 *
 * @param sleepSeconds the nightly sleep goal in seconds
 * @param weight the weight goal in kg ({@code value × 10^unit}, exact)
 */
public record Goals(Integer steps, Integer sleepSeconds, BigDecimal weight) {

    public static Goals decode(JsonNode body) {
        JsonNode goals = Json.object(body, "goals");
        if (goals == null) {
            return new Goals(null, null, null);
        }
        JsonNode weight = Json.object(goals, "weight");
        Long value = weight == null ? null : Json.longOrNull(weight, "value");
        return new Goals(Json.intOrNull(goals, "steps"), Json.intOrNull(goals, "sleep"), value == null ? null
                : BigDecimal.valueOf(value).scaleByPowerOfTen((int) Json.longOr(weight, "unit", 0)));
    }
}
