package dev.pulseboard.health.measure;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored value with where on the body it was measured ({@link BodyPosition} code, -1 for the whole body): how
 * segmental composition (fat-free, fat and muscle mass per arm, leg and torso) is read.
 */
public record PositionedReading(Instant time, BigDecimal value, String unit, String timeZone, int position,
        long groupId) {

    /** {@code left_arm}, {@code torso}, {@code whole_body}, or {@code unknown_N}. */
    public String positionName() {
        return BodyPosition.apiName(position);
    }

    public Reading reading() {
        return new Reading(time, value, unit, timeZone);
    }
}
