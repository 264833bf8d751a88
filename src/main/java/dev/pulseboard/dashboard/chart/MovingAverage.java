package dev.pulseboard.dashboard.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pulseboard.health.measure.Reading;

/**
 * A trailing moving average over calendar days, not over points: each day's readings are averaged first (three
 * weigh-ins on Monday count as one day), then each day with data gets the mean of the daily means of itself and
 * the {@code days - 1} calendar days before it that have data. Days without data are skipped, not zero.
 */
public final class MovingAverage {

    private MovingAverage() {
    }

    public static List<Reading> trailing(List<Reading> readings, int days, ZoneId zone) {
        Map<LocalDate, double[]> daily = new LinkedHashMap<>();
        Map<LocalDate, Instant> lastTime = new LinkedHashMap<>();
        for (Reading r : readings) {
            LocalDate day = r.time().atZone(zone).toLocalDate();
            double[] sumCount = daily.computeIfAbsent(day, d -> new double[2]);
            sumCount[0] += r.value().doubleValue();
            sumCount[1]++;
            lastTime.put(day, r.time());
        }
        List<Reading> result = new ArrayList<>(daily.size());
        Deque<Map.Entry<LocalDate, Double>> window = new ArrayDeque<>();
        double sum = 0;
        String unit = readings.isEmpty() ? "" : readings.get(0).unit();
        for (var entry : daily.entrySet()) {
            LocalDate day = entry.getKey();
            double mean = entry.getValue()[0] / entry.getValue()[1];
            window.addLast(Map.entry(day, mean));
            sum += mean;
            while (window.peekFirst().getKey().isBefore(day.minusDays(days - 1L))) {
                sum -= window.removeFirst().getValue();
            }
            BigDecimal value = BigDecimal.valueOf(sum / window.size()).setScale(2, RoundingMode.HALF_UP);
            result.add(new Reading(lastTime.get(day), value, unit));
        }
        return result;
    }
}
