package dev.pulseboard.withings;

import java.time.Instant;
import java.util.List;

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
}
