package dev.pulseboard.health;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored measurement as pages, the API and exports read it: exact value and its unit. */
public record Reading(Instant time, BigDecimal value, String unit) {
}
