package dev.pulseboard.dashboard.heart;

import dev.pulseboard.health.measure.HomeMean;

/**
 * The mean of the morning or evening home readings of a range, with the ESH 2023 home threshold read on it
 * ({@link HomeMean}: the same rule as the doctor's report).
 */
public record BpAverageView(String label, HomeMean mean) {
}
