package dev.pulseboard.health;

import java.util.ArrayList;
import java.util.List;

import dev.pulseboard.health.measure.Reading;

/**
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013): keeps the first and last reading and, from each of
 * {@code threshold - 2} equal buckets in between, the reading that forms the largest triangle with the
 * reading kept before it and the mean of the next bucket. Peaks and troughs survive; a chart of 10 years of
 * daily readings stays as wide as its pixels. Returns the input itself when it is already small enough.
 */
public final class SeriesDownsampler {

    private SeriesDownsampler() {
    }

    public static List<Reading> lttb(List<Reading> readings, int threshold) {
        int n = readings.size();
        if (threshold < 3 || n <= threshold) {
            return readings;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = readings.get(i).time().toEpochMilli();
            y[i] = readings.get(i).value().doubleValue();
        }
        List<Reading> kept = new ArrayList<>(threshold);
        kept.add(readings.get(0));
        double bucket = (double) (n - 2) / (threshold - 2);
        int previous = 0;
        for (int b = 0; b < threshold - 2; b++) {
            int start = (int) Math.floor(b * bucket) + 1;
            int end = Math.min((int) Math.floor((b + 1) * bucket) + 1, n - 1);
            int nextEnd = Math.min((int) Math.floor((b + 2) * bucket) + 1, n);
            double meanX = 0;
            double meanY = 0;
            for (int j = end; j < nextEnd; j++) {
                meanX += x[j];
                meanY += y[j];
            }
            int count = Math.max(nextEnd - end, 1);
            meanX /= count;
            meanY /= count;
            double best = -1;
            int chosen = start;
            for (int j = start; j < end; j++) {
                double area = Math.abs((x[previous] - meanX) * (y[j] - y[previous])
                        - (x[previous] - x[j]) * (meanY - y[previous]));
                if (area > best) {
                    best = area;
                    chosen = j;
                }
            }
            kept.add(readings.get(chosen));
            previous = chosen;
        }
        kept.add(readings.get(n - 1));
        return kept;
    }
}
