package dev.pulseboard.dashboard.heart;

import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.HomeMean;

/**
 * The mean of the morning, evening, or morning and evening home readings of a range; {@code judged}: the ESH 2023
 * home threshold is read on it ({@link HomeMean}: the same rule as the doctor's report), which is for the morning and
 * evening mean of a range of a month at most alone, as the report does; {@code young}: a reading of the range was
 * taken before the age from which the adult threshold applies ({@code AdultCategories}), so it is read on none.
 */
public record BpAverageView(String label, HomeMean mean, boolean judged, boolean young) {

    /**
     * What the threshold column says: the verdict on a judged mean; on the mean of mornings and evenings not judged,
     * why ("readings before 16: for information", "over a month: for information"); else a dash.
     */
    public String threshold() {
        if (!mean.present()) {
            return "\u2013";
        }
        if (judged) {
            return mean.atOrAboveThreshold() ? "At or above" : "Below";
        }
        if (!BloodPressures.BOTH.equals(label)) {
            return "\u2013";
        }
        return young ? "readings before " + AdultCategories.BLOOD_PRESSURE_FROM + ": for information"
                : "over a month: for information";
    }
}
