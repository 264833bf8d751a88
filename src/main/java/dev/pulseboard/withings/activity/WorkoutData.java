package dev.pulseboard.withings.activity;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * The {@code data} of a workout (getworkouts). Calories kcal, distances metres, durations seconds, temperatures
 * °C, intensities 0-100. Absent values are null, and so are heart rates of 0 ({@code HeartRates}); floats are kept
 * where Withings' spec says int.
 */
public record WorkoutData(BigDecimal calories, Integer intensity, Integer manualIntensity,
        BigDecimal manualDistance, BigDecimal manualCalories, Integer hrAverage, Integer hrMin, Integer hrMax,
        Integer hrZone0, Integer hrZone1, Integer hrZone2, Integer hrZone3, Integer pauseDuration,
        Integer algoPauseDuration, Integer spo2Average, BigDecimal coreBodyTemperatureAvg,
        BigDecimal coreBodyTemperatureMin, BigDecimal coreBodyTemperatureMax, String coreBodyTemperatureStatus,
        Integer steps, BigDecimal distance, BigDecimal elevation, Integer poolLaps, Integer strokes,
        Integer poolLength) {

    static WorkoutData decode(JsonNode node) {
        HeartRates hr = HeartRates.decode(node);
        return new WorkoutData(Json.decimalOrNull(node, "calories"), Json.intOrNull(node, "intensity"),
                Json.intOrNull(node, "manual_intensity"), Json.decimalOrNull(node, "manual_distance"),
                Json.decimalOrNull(node, "manual_calories"), hr.average(), hr.min(), hr.max(), hr.zone0(),
                hr.zone1(), hr.zone2(), hr.zone3(),
                Json.intOrNull(node, "pause_duration"), Json.intOrNull(node, "algo_pause_duration"),
                Json.intOrNull(node, "spo2_average"), Json.decimalOrNull(node, "core_body_temperature_avg"),
                Json.decimalOrNull(node, "core_body_temperature_min"),
                Json.decimalOrNull(node, "core_body_temperature_max"),
                Json.string(node, "core_body_temperature_status"), Json.intOrNull(node, "steps"),
                Json.decimalOrNull(node, "distance"), Json.decimalOrNull(node, "elevation"),
                Json.intOrNull(node, "pool_laps"), Json.intOrNull(node, "strokes"),
                Json.intOrNull(node, "pool_length"));
    }
}
