package dev.pulseboard.health.daily;

import java.time.Instant;

/** A member's Withings device as last reported: kind, model, battery and when it was last used. */
public record DeviceInfo(String deviceId, String type, String model, Integer modelId, String battery,
        Instant firstSessionAt, Instant lastSessionAt) {
}
