package dev.pulseboard.health.measure;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored measurement as pages, the API and exports read it: exact value and its unit, and the member's time
 * zone when it was taken (null when unknown or for derived points).
 */
public record Reading(Instant time, BigDecimal value, String unit, String timeZone) {

    public Reading(Instant time, BigDecimal value, String unit) {
        this(time, value, unit, null);
    }
}
