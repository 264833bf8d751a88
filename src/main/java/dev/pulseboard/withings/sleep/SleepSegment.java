package dev.pulseboard.withings.sleep;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.DataFields;
import dev.pulseboard.withings.transport.Json;

/**
 * One sleep-state segment (sleep get, withings-api.md §4.5) with its vitals: each data field ({@code hr},
 * {@code rr}, {@code snoring}, ...) maps epoch instants (about one a minute) to values.
 *
 * @param model the model name (a string here, unlike getsummary)
 */
public record SleepSegment(Instant start, Instant end, SleepState state, String model, Integer modelId,
        String deviceId, Map<String, NavigableMap<Instant, BigDecimal>> vitals) {

    /** The series of one data field, e.g. {@code "hr"}; empty when absent. */
    public NavigableMap<Instant, BigDecimal> series(String dataField) {
        return vitals.getOrDefault(dataField, Collections.emptyNavigableMap());
    }

    public static SleepSegment decode(JsonNode node) {
        Map<String, NavigableMap<Instant, BigDecimal>> vitals = new LinkedHashMap<>();
        for (String field : DataFields.SLEEP) {
            NavigableMap<Instant, BigDecimal> series = epochSeries(node, field);
            if (!series.isEmpty()) {
                vitals.put(field, series);
            }
        }
        return new SleepSegment(Json.instant(node, "startdate"), Json.instant(node, "enddate"),
                SleepState.fromCode((int) Json.longOr(node, "state", 5)), Json.string(node, "model"),
                Json.intOrNull(node, "model_id", "modelid"), Json.string(node, "hash_deviceid", "deviceid"),
                Collections.unmodifiableMap(vitals));
    }

    /** An object keyed by epoch-second strings ({@code []} or absent: empty); unreadable entries are skipped. */
    static NavigableMap<Instant, BigDecimal> epochSeries(JsonNode node, String field) {
        NavigableMap<Instant, BigDecimal> series = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : Json.entries(node, field)) {
            Instant time = Json.epochKey(entry.getKey());
            if (time != null && entry.getValue().isNumber()) {
                series.put(time, entry.getValue().decimalValue());
            }
        }
        return Collections.unmodifiableNavigableMap(series);
    }
}
