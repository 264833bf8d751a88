package dev.pulseboard.health.measure;

import java.math.BigDecimal;
import java.time.Instant;

import dev.pulseboard.core.MemberId;

/**
 * One value of a reading Withings marked ambiguous (attrib 1: taken on a shared scale, maybe by someone else),
 * waiting for the administrator to assign it to a member or discard it. {@code typeCode} is Withings' measure type.
 */
public record AmbiguousReading(MemberId member, long groupId, Instant time, int typeCode,
        BigDecimal value) {

    public String typeName() {
        return MeasurementType.fromWithingsCode(typeCode).map(MeasurementType::apiName).orElse("type " + typeCode);
    }

    public String unit() {
        return MeasurementType.fromWithingsCode(typeCode).map(MeasurementType::unit).orElse("");
    }
}
