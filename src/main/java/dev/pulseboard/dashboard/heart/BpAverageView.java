package dev.pulseboard.dashboard.heart;

import dev.pulseboard.health.measure.HomeMean;

/**
 * The mean of the morning, evening, or morning and evening home readings of a range; {@code judged}: the ESH 2023
 * home threshold is read on it ({@link HomeMean}: the same rule as the doctor's report), which is for the morning and
 * evening mean of a range of a month at most alone, as the report does.
 */
public record BpAverageView(String label, HomeMean mean, boolean judged) {

    /**
     * What the threshold column says: the verdict on a judged mean, "over a month: for information" on the mean of
     * mornings and evenings of a longer range, else a dash.
     */
    public String threshold() {
        if (!mean.present()) {
            return "\u2013";
        }
        if (judged) {
            return mean.atOrAboveThreshold() ? "At or above" : "Below";
        }
        return BloodPressures.BOTH.equals(label) ? "over a month: for information" : "\u2013";
    }
}
