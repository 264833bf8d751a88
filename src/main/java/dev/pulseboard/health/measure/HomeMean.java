package dev.pulseboard.health.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

/**
 * The mean of a set of home blood pressures in whole mmHg, halves up, as the Heart page and the doctor's report write
 * it, and the home threshold of the viewer's guideline ({@link BpGuideline}: 135/85 in ESH 2023) read on that same mean, so the
 * verdict never contradicts the figure beside it: 134.5/81 is written 135/81 and is at the threshold. The one rule of
 * both.
 */
public record HomeMean(int systolic, int diastolic, int count, Spread spread) {

    /** A mean whose readings' spread is not known (made from sums). */
    public HomeMean(int systolic, int diastolic, int count) {
        this(systolic, diastolic, count, Spread.NONE);
    }

    /**
     * The longest series, in days from its first to its last, both counted, whose mean is read against the threshold:
     * a month (five years of mornings are no protocol week). The Heart page and the doctor's report both keep to it.
     */
    public static final int VERDICT_DAYS = 31;

    /**
     * Whether a series from its first day with readings to {@code last} (days of the readings' own calendar) is short
     * enough for the threshold to be read on its mean: the one rule of the Heart page and the doctor's report.
     */
    public static boolean withinVerdictDays(LocalDate first, LocalDate last) {
        return ChronoUnit.DAYS.between(first, last) + 1 <= VERDICT_DAYS;
    }

    /** No readings: no mean. */
    public static final HomeMean NONE = new HomeMean(0, 0, 0);

    /** The mean of {@code count} readings whose values add up to the sums given. */
    public static HomeMean of(int count, long systolicSum, long diastolicSum) {
        return count == 0 ? NONE : new HomeMean(halfUp(systolicSum, count), halfUp(diastolicSum, count), count);
    }

    /** The mean and the spread of readings given as their systolic and diastolic values, in the same order. */
    public static HomeMean of(int[] systolic, int[] diastolic) {
        HomeMean mean = of(systolic.length, IntStream.of(systolic).asLongStream().sum(),
                IntStream.of(diastolic).asLongStream().sum());
        return mean.present() ? new HomeMean(mean.systolic, mean.diastolic, mean.count, Spread.of(systolic, diastolic))
                : mean;
    }

    /** A sum of whole mmHg over {@code n}, to the nearest whole, halves up: exact, no floating point. */
    private static int halfUp(long sum, int n) {
        return (int) Math.floorDiv(2 * sum + n, 2L * n);
    }

    public boolean present() {
        return count > 0;
    }

    /** At or above the guideline's home threshold: hypertension, when the series is enough for a verdict. */
    public boolean atOrAbove(BpGuideline guideline) {
        return present() && guideline.atOrAboveThreshold(systolic, diastolic);
    }

    /** "135/81", or an en dash when there is no mean. */
    public String value() {
        return present() ? systolic + "/" + diastolic : "\u2013";
    }

    /**
     * How far a set of readings spreads: the lowest and highest systolic and diastolic values, and their standard
     * deviations (of a sample, n - 1) in whole mmHg, null with fewer than two readings. Shown beside the means, for
     * the doctor; the verdict is the mean's alone.
     */
    public record Spread(int systolicMin, int systolicMax, int diastolicMin, int diastolicMax, Integer systolicSd,
            Integer diastolicSd) {

        public static final Spread NONE = new Spread(0, 0, 0, 0, null, null);

        static Spread of(int[] systolic, int[] diastolic) {
            if (systolic.length == 0) {
                return NONE;
            }
            var s = IntStream.of(systolic).summaryStatistics();
            var d = IntStream.of(diastolic).summaryStatistics();
            return new Spread(s.getMin(), s.getMax(), d.getMin(), d.getMax(), sd(systolic), sd(diastolic));
        }

        private static Integer sd(int[] values) {
            if (values.length < 2) {
                return null;
            }
            double mean = IntStream.of(values).average().orElseThrow();
            double squares = IntStream.of(values).mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return (int) Math.round(Math.sqrt(squares / (values.length - 1)));
        }

        /** "112\u2013141/70\u201388", or an en dash without readings. */
        public String range() {
            return equals(NONE) ? "\u2013"
                    : systolicMin + "\u2013" + systolicMax + "/" + diastolicMin + "\u2013" + diastolicMax;
        }

        /** "8/5", or an en dash with fewer than two readings. */
        public String sd() {
            return systolicSd == null ? "\u2013" : systolicSd + "/" + diastolicSd;
        }
    }
}
