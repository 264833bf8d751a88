package dev.pulseboard.withings.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.measure.Attrib;
import dev.pulseboard.withings.transport.Json;

/**
 * One workout (getworkouts, withings-api.md §4.4).
 *
 * @param model the source model id (an int here, unlike activity), or null
 * @param date the user's local day
 * @param data the workout's figures (an all-null {@link WorkoutData} when Withings sent none)
 */
public record Workout(long id, WorkoutCategory category, ZoneId timezone, Integer model, Attrib attrib, Instant start,
        Instant end, LocalDate date, String deviceId, Instant modified, WorkoutData data) {

    static Workout decode(JsonNode node) {
        JsonNode data = Json.object(node, "data");
        return new Workout(Json.longOr(node, "id", 0), WorkoutCategory.fromCode((int) Json.longOr(node, "category", 0)),
                Json.zone(node, "timezone"), Json.intOrNull(node, "model", "model_id"),
                Attrib.fromCode((int) Json.longOr(node, "attrib", 0)), Json.instant(node, "startdate"),
                Json.instant(node, "enddate"), Json.date(node, "date"), Json.string(node, "deviceid", "hash_deviceid"),
                Json.instant(node, "modified"), WorkoutData.decode(data == null ? Json.EMPTY : data));
    }
}
