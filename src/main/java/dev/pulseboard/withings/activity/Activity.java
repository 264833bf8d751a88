package dev.pulseboard.withings.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * One day of activity (getactivity, withings-api.md §4.2). {@code date} is the user's local day. Durations are
 * seconds, {@code distance} metres, calories kcal ({@code calories} active, {@code totalCalories} all). Absent
 * values are null, and so are heart rates of 0 ({@code HeartRates}).
 *
 * @param brand 1 Withings, 18 an external source
 */
public record Activity(LocalDate date, ZoneId timezone, String deviceId, Integer brand, Boolean tracker,
        Instant modified, String model, Integer modelId, Integer steps, BigDecimal distance,
        BigDecimal elevation, Integer soft, Integer moderate, Integer intense, Integer active,
        BigDecimal calories, BigDecimal totalCalories, Integer hrAverage, Integer hrMin, Integer hrMax,
        Integer hrZone0, Integer hrZone1, Integer hrZone2, Integer hrZone3) {

    static Activity decode(JsonNode node) {
        HeartRates hr = HeartRates.decode(node);
        return new Activity(Json.date(node, "date"), Json.zone(node, "timezone"),
                Json.string(node, "deviceid", "hash_deviceid"), Json.intOrNull(node, "brand"),
                Json.bool(node, "is_tracker"), Json.instant(node, "modified"), Json.string(node, "model"),
                Json.intOrNull(node, "modelid", "model_id"), Json.intOrNull(node, "steps"),
                Json.decimalOrNull(node, "distance"), Json.decimalOrNull(node, "elevation"),
                Json.intOrNull(node, "soft"), Json.intOrNull(node, "moderate"), Json.intOrNull(node, "intense"),
                Json.intOrNull(node, "active"), Json.decimalOrNull(node, "calories"),
                Json.decimalOrNull(node, "totalcalories"), hr.average(), hr.min(), hr.max(), hr.zone0(), hr.zone1(),
                hr.zone2(), hr.zone3());
    }
}
