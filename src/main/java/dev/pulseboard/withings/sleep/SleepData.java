package dev.pulseboard.withings.sleep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * The {@code data} of a sleep summary (sleep getsummary, withings-api.md §4.6). Durations are seconds;
 * {@code sleepEfficiency} is a fraction 0-1; heart rates bpm; respiration rates per minute. Absent values are null.
 *
 * @param sleepLatency how long falling asleep took: {@code sleep_latency}, or the deprecated {@code durationtosleep}
 *        when Withings sent only that
 * @param wakeupLatency how long getting up took: {@code wakeup_latency}, or the deprecated {@code durationtowakeup}
 *        when Withings sent only that
 * @param durationToSleep the deprecated {@code durationtosleep} as sent; read {@code sleepLatency}
 * @param durationToWakeup the deprecated {@code durationtowakeup} as sent; read {@code wakeupLatency}
 * @param nightEvents event type (1 in bed, 2 asleep, 3 woke, 4 out of bed, 5 manual asleep, 6 manual awake) to
 *        offsets in seconds from the night's start
 */
public record SleepData(Integer totalTimeInBed, Integer totalSleepTime, Integer asleepDuration,
        Integer lightSleepDuration, Integer remSleepDuration, Integer deepSleepDuration,
        BigDecimal sleepEfficiency, Integer sleepLatency, Integer wakeupLatency, Integer wakeupDuration,
        Integer wakeupCount, Integer waso, Integer nbRemEpisodes, Integer breathingDisturbancesIntensity,
        BigDecimal apneaHypopneaIndex, BigDecimal withingsIndex, Integer durationToSleep,
        Integer durationToWakeup, Integer outOfBedCount, Integer hrAverage, Integer hrMin, Integer hrMax,
        Integer rrAverage, Integer rrMin, Integer rrMax, Integer breathingQualityAssessment, Integer snoring,
        Integer snoringEpisodeCount, Integer sleepScore, BigDecimal mvtScoreAvg, Integer mvtActiveDuration,
        BigDecimal rmssdStartAvg, BigDecimal rmssdEndAvg, BigDecimal chestMovementRateWellnessAverage,
        BigDecimal chestMovementRateWellnessMin, BigDecimal chestMovementRateWellnessMax,
        Integer breathingSounds, Integer breathingSoundsEpisodeCount, BigDecimal chestMovementRateAverage,
        BigDecimal chestMovementRateMin, BigDecimal chestMovementRateMax, BigDecimal coreBodyTemperatureMin,
        BigDecimal coreBodyTemperatureMax, BigDecimal coreBodyTemperatureAvg, String coreBodyTemperatureStatus,
        Map<Integer, List<Integer>> nightEvents) {

    static SleepData decode(JsonNode node) {
        return new SleepData(Json.intOrNull(node, "total_timeinbed"), Json.intOrNull(node, "total_sleep_time"),
                Json.intOrNull(node, "asleepduration"), Json.intOrNull(node, "lightsleepduration"),
                Json.intOrNull(node, "remsleepduration"), Json.intOrNull(node, "deepsleepduration"),
                Json.decimalOrNull(node, "sleep_efficiency"), Json.intOrNull(node, "sleep_latency", "durationtosleep"),
                Json.intOrNull(node, "wakeup_latency", "durationtowakeup"), Json.intOrNull(node, "wakeupduration"),
                Json.intOrNull(node, "wakeupcount"), Json.intOrNull(node, "waso"),
                Json.intOrNull(node, "nb_rem_episodes"),
                Json.intOrNull(node, "breathing_disturbances_intensity"),
                Json.decimalOrNull(node, "apnea_hypopnea_index"), Json.decimalOrNull(node, "withings_index"),
                Json.intOrNull(node, "durationtosleep"), Json.intOrNull(node, "durationtowakeup"),
                Json.intOrNull(node, "out_of_bed_count"), Json.intOrNull(node, "hr_average"),
                Json.intOrNull(node, "hr_min"), Json.intOrNull(node, "hr_max"),
                Json.intOrNull(node, "rr_average"), Json.intOrNull(node, "rr_min"),
                Json.intOrNull(node, "rr_max"), Json.intOrNull(node, "breathing_quality_assessment"),
                Json.intOrNull(node, "snoring"), Json.intOrNull(node, "snoringepisodecount"),
                Json.intOrNull(node, "sleep_score"), Json.decimalOrNull(node, "mvt_score_avg"),
                Json.intOrNull(node, "mvt_active_duration"), Json.decimalOrNull(node, "rmssd_start_avg"),
                Json.decimalOrNull(node, "rmssd_end_avg"),
                Json.decimalOrNull(node, "chest_movement_rate_wellness_average"),
                Json.decimalOrNull(node, "chest_movement_rate_wellness_min"),
                Json.decimalOrNull(node, "chest_movement_rate_wellness_max"),
                Json.intOrNull(node, "breathing_sounds"), Json.intOrNull(node, "breathing_sounds_episode_count"),
                Json.decimalOrNull(node, "chest_movement_rate_average"),
                Json.decimalOrNull(node, "chest_movement_rate_min"),
                Json.decimalOrNull(node, "chest_movement_rate_max"),
                Json.decimalOrNull(node, "core_body_temperature_min"),
                Json.decimalOrNull(node, "core_body_temperature_max"),
                Json.decimalOrNull(node, "core_body_temperature_avg"),
                Json.string(node, "core_body_temperature_status"), nightEvents(node));
    }

    /** {@code night_events}: an object of event type to offsets; {@code []} or absent gives an empty map. */
    private static Map<Integer, List<Integer>> nightEvents(JsonNode node) {
        Map<Integer, List<Integer>> events = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : Json.entries(node, "night_events")) {
            List<Integer> offsets = new ArrayList<>();
            for (JsonNode offset : entry.getValue().values()) {
                offsets.add(offset.asInt());
            }
            events.put(Integer.parseInt(entry.getKey().trim()), List.copyOf(offsets));
        }
        return Collections.unmodifiableMap(events);
    }
}
