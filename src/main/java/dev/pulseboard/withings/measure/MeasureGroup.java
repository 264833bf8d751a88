package dev.pulseboard.withings.measure;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A getmeas measure group: what one device session (or one manual entry) recorded. The same {@code groupId} may
 * come twice (attrib 0 and 8), and a type with the same position may repeat inside a group: deduplicate downstream.
 *
 * @param date when it was taken
 * @param created when Withings stored it
 * @param modified last change (the {@code lastupdate} cursor follows the maximum of these)
 * @param deviceId the device id (hash), null for manual entries
 * @param modelId the device model id (sent as {@code modelid} or {@code model_id}), or null
 * @param model the model name, e.g. "Body+", or null
 */
public record MeasureGroup(long groupId, Attrib attrib, Instant date, Instant created, Instant modified,
        MeasureCategory category, String deviceId, Integer modelId, String model, List<Measure> measures) {

    public MeasureGroup {
        measures = List.copyOf(measures);
    }

    /**
     * Withings' duplicates removed (withings-api.md §9.6): one group per {@code groupId} (the first seen, so the
     * attrib 0 copy wins over its attrib 8 twin when Withings sends them in that order) and, inside a group, one
     * measure per type and position (the first). Order is kept.
     */
    public static List<MeasureGroup> distinct(List<MeasureGroup> groups) {
        Map<Long, MeasureGroup> byId = new LinkedHashMap<>();
        for (MeasureGroup group : groups) {
            byId.putIfAbsent(group.groupId(), group.withDistinctMeasures());
        }
        return List.copyOf(byId.values());
    }

    private MeasureGroup withDistinctMeasures() {
        Map<List<Object>, Measure> byKind = new LinkedHashMap<>();
        for (Measure measure : measures) {
            byKind.putIfAbsent(Arrays.asList(measure.type(), measure.position()), measure);
        }
        return byKind.size() == measures.size() ? this
                : new MeasureGroup(groupId, attrib, date, created, modified, category, deviceId, modelId, model,
                        List.copyOf(byKind.values()));
    }
}
