package dev.pulseboard.withings.user;

import java.time.Instant;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * A device linked to the user's account (user getdevice, withings-api.md §4.8).
 *
 * @param type e.g. "Scale", "Blood Pressure Monitor", "Sleep Monitor"
 * @param model the model name; may be empty (Sleep Analyzer)
 * @param battery "high", "medium", "low" or "unknown"
 * @param firstSessionDate null when never used
 */
public record Device(String type, String model, Integer modelId, String battery, String deviceId,
        String hashDeviceId, ZoneId timezone, Instant firstSessionDate, Instant lastSessionDate) {

    /** The model as a code, or null when Withings sent no model id. */
    public DeviceModel deviceModel() {
        return modelId == null ? null : DeviceModel.fromCode(modelId);
    }

    public static Device decode(JsonNode node) {
        return new Device(Json.string(node, "type"), Json.string(node, "model"),
                Json.intOrNull(node, "model_id", "modelid"), Json.string(node, "battery"),
                Json.string(node, "deviceid"), Json.string(node, "hash_deviceid"), Json.zone(node, "timezone"),
                Json.instant(node, "first_session_date"), Json.instant(node, "last_session_date"));
    }
}
