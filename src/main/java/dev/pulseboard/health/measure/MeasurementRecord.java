package dev.pulseboard.health.measure;

import java.math.BigDecimal;
import java.time.Instant;

import dev.pulseboard.core.Decimals;

/**
 * One value of one measure group as Withings sent it: {@code rawValue × 10^unitExponent}. {@code position} is
 * null unless the measure is segmental; {@code deviceId} is null for manual entries; {@code timeZone} is the
 * member's Withings profile zone when the reading was first synced (null if Withings sent none; a later read
 * with another zone keeps the first).
 */
public record MeasurementRecord(long groupId, MeasurementType type, Integer position, long rawValue,
        int unitExponent, Instant measuredAt, Instant modifiedAt, int attrib, String deviceId, String model,
        String timeZone) {

    public MeasurementRecord(long groupId, MeasurementType type, Integer position, long rawValue, int unitExponent,
            Instant measuredAt, Instant modifiedAt, int attrib, String deviceId, String model) {
        this(groupId, type, position, rawValue, unitExponent, measuredAt, modifiedAt, attrib, deviceId, model, null);
    }

    public BigDecimal value() {
        return Decimals.scaled(rawValue, unitExponent);
    }
}
