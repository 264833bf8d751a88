package dev.pulseboard.withings.activity;

import java.math.BigDecimal;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * One intraday sample (getintradayactivity, withings-api.md §4.3), from a series keyed by epoch seconds. Steps,
 * floors, kcal, metres, seconds, bpm, %; HRV values in ms. Only the fields asked for in {@code data_fields} are set.
 */
public record IntradaySample(Instant time, String deviceId, String model, Integer modelId, Integer steps,
        BigDecimal elevation, BigDecimal calories, BigDecimal distance, Integer stroke, Integer poolLap,
        Integer duration, Integer heartRate, BigDecimal spo2Auto, BigDecimal rmssd, BigDecimal sdnn1,
        Integer hrvQuality, BigDecimal coreBodyTemperature, Integer rr, BigDecimal chestMovementRate) {

    public static IntradaySample decode(Instant time, JsonNode node) {
        return new IntradaySample(time, Json.string(node, "deviceid", "hash_deviceid"),
                Json.string(node, "model"), Json.intOrNull(node, "model_id", "modelid"),
                Json.intOrNull(node, "steps"), Json.decimalOrNull(node, "elevation"),
                Json.decimalOrNull(node, "calories"), Json.decimalOrNull(node, "distance"),
                Json.intOrNull(node, "stroke"), Json.intOrNull(node, "pool_lap"),
                Json.intOrNull(node, "duration"), Json.intOrNull(node, "heart_rate"),
                Json.decimalOrNull(node, "spo2_auto"), Json.decimalOrNull(node, "rmssd"),
                Json.decimalOrNull(node, "sdnn1"), Json.intOrNull(node, "hrv_quality"),
                Json.decimalOrNull(node, "core_body_temperature"), Json.intOrNull(node, "rr"),
                Json.decimalOrNull(node, "chest_movement_rate"));
    }
}
