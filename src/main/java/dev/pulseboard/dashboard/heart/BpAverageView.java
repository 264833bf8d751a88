package dev.pulseboard.dashboard.heart;

import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.health.measure.HomeMean;

/**
 * The mean of the morning, evening, or morning and evening home readings of a range, the first day left out
 * ({@code HomeSeries}: the doctor's report's rule); {@code judged}: the home threshold of {@code guideline} is read
 * on it, which is for the morning and evening mean alone, when the series is enough for the
 * protocol's verdict; {@code unjudged}: on that mean when not judged, why ("too few readings: for information", or
 * "the first day of measuring is left out" when that leaves no mean), null on the other rows.
 */
public record BpAverageView(String label, HomeMean mean, boolean judged, String unjudged, BpGuideline guideline) {

    /**
     * What the threshold column says: the verdict on a judged mean, why not on an unjudged one (also why there is no
     * mean, when the range's readings are all of its first day), else a dash.
     */
    public String threshold() {
        if (!mean.present()) {
            return unjudged == null ? "\u2013" : unjudged;
        }
        if (judged) {
            return mean.atOrAbove(guideline) ? "At or above" + guideline.stage(mean).map(s -> ": " + s).orElse("")
                    : "Below";
        }
        return unjudged == null ? "\u2013" : unjudged;
    }
}
