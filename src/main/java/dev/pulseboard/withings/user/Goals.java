package dev.pulseboard.withings.user;

import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.core.Decimals;
import dev.pulseboard.withings.transport.Json;

/**
 * The user's goals (user getgoals, withings-api.md §4.8): {@code {goals: {steps, sleep (s), weight: {value, unit}}}},
 * all null when Withings sends {@code goals: []}. A goal of the wrong shape is left out (logged once per kind) and
 * the others are kept: a weight sent as a bare number is read as kilograms, a number sent as a string is read.
 *
 * @param sleepSeconds the nightly sleep goal in seconds
 * @param weight the weight goal in kg ({@code value × 10^unit}, exact)
 */
public record Goals(Integer steps, Integer sleepSeconds, BigDecimal weight) {

    public static final Goals NONE = new Goals(null, null, null);
    private static final Logger log = LoggerFactory.getLogger(Goals.class);
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    public static Goals decode(JsonNode body) {
        JsonNode goals = body == null ? null : body.get("goals");
        if (goals == null || goals.isNull() || goals.isArray() && goals.isEmpty()) {
            return NONE;
        }
        if (!goals.isObject()) {
            odd("goals", goals);
            return NONE;
        }
        return new Goals(count(goals, "steps"), count(goals, "sleep"), weight(goals.get("weight")));
    }

    private static Integer count(JsonNode goals, String name) {
        JsonNode value = goals.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        Long number = Json.longOrNull(goals, name);
        if (number == null || number < 0 || number > Integer.MAX_VALUE) {
            odd(name, value);
            return null;
        }
        return number.intValue();
    }

    private static BigDecimal weight(JsonNode weight) {
        if (weight == null || weight.isNull() || weight.isArray() && weight.isEmpty()) {
            return null;
        }
        if (weight.isObject()) {
            Long value = Json.longOrNull(weight, "value");
            Long unit = Json.longOrNull(weight, "unit");
            if (value != null && (unit == null || Math.abs(unit) <= 18)) {
                return Decimals.scaled(value, unit == null ? 0 : unit.intValue());
            }
        } else if (weight.isNumber()) {
            odd("weight as a bare number (read as kg)", weight);
            return weight.decimalValue();
        }
        odd("weight", weight);
        return null;
    }

    private static void odd(String kind, JsonNode value) {
        if (REPORTED.add(kind)) {
            log.warn("Withings sent a goal of an unexpected shape ({}: {}); it is left out, the other goals are kept",
                    kind, value.getNodeType());
        }
    }
}
