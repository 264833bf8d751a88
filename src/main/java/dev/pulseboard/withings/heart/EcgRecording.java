package dev.pulseboard.withings.heart;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.WithingsClient;
import dev.pulseboard.withings.transport.Json;

/**
 * One ECG recording in heart list (withings-api.md §4.7). Fetch the strip with
 * {@link WithingsClient#ecgSignal}.
 *
 * @param afib 0 negative, 1 positive, 2 inconclusive (null when absent)
 * @param diastole BPM Core only, else null
 */
public record EcgRecording(long signalId, String deviceId, Integer model, Integer afib, Integer diastole,
        Integer systole, Integer heartRate, Instant timestamp, Instant modified) {

    static EcgRecording decode(JsonNode node) {
        JsonNode ecg = Json.object(node, "ecg");
        JsonNode pressure = Json.object(node, "bloodpressure");
        ecg = ecg == null ? Json.EMPTY : ecg;
        pressure = pressure == null ? Json.EMPTY : pressure;
        return new EcgRecording(Json.longOr(ecg, "signalid", 0), Json.string(node, "deviceid", "hash_deviceid"),
                Json.intOrNull(node, "model", "model_id"), Json.intOrNull(ecg, "afib"),
                Json.intOrNull(pressure, "diastole"), Json.intOrNull(pressure, "systole"),
                Json.intOrNull(node, "heart_rate"), Json.instant(node, "timestamp"), Json.instant(node, "modified"));
    }
}
