package dev.pulseboard.withings.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * One night (sleep getsummary, withings-api.md §4.6).
 *
 * @param model the kind of device: 16 tracker, 32 sleep monitor (an int here, unlike sleep get)
 * @param date the local day the night ended
 * @param data the night's figures (an all-null {@link SleepData} when Withings sent none)
 */
public record SleepSummary(long id, ZoneId timezone, Integer model, Integer modelId, String deviceId, Instant start,
        Instant end, LocalDate date, Instant created, Instant modified, Boolean completed, SleepData data) {

    static SleepSummary decode(JsonNode node) {
        JsonNode data = Json.object(node, "data");
        return new SleepSummary(Json.longOr(node, "id", 0), Json.zone(node, "timezone"), Json.intOrNull(node, "model"),
                Json.intOrNull(node, "model_id", "modelid"), Json.string(node, "hash_deviceid", "deviceid"),
                Json.instant(node, "startdate"), Json.instant(node, "enddate"), Json.date(node, "date"),
                Json.instant(node, "created"), Json.instant(node, "modified"), Json.bool(node, "completed"),
                SleepData.decode(data == null ? Json.EMPTY : data));
    }
}
