package dev.pulseboard.withings.heart;

import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/**
 * An ECG strip (heart get, withings-api.md §4.7): samples in µV at {@code samplingFrequency} Hz (BPM Core 500 Hz
 * for 20 s; Move ECG and ScanWatch 300 Hz for 30 s).
 */
public record EcgSignal(List<Integer> signal, Integer samplingFrequency, Integer wearPosition, Integer heartRate,
        Integer model) {

    public EcgSignal {
        signal = List.copyOf(signal);
    }

    public static EcgSignal decode(JsonNode body) {
        return new EcgSignal(Json.list(body, "signal", JsonNode::asInt), Json.intOrNull(body, "sampling_frequency"),
                Json.intOrNull(body, "wearposition"), Json.intOrNull(body, "heart_rate"),
                Json.intOrNull(body, "model"));
    }
}
