package dev.pulseboard.dashboard.sleep;

import java.util.List;

import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.chart.TableRows;

/**
 * The Sleep section: a stacked bar of stages per night with its score, averages of the range, the score and
 * breathing disturbances over time, the recent nights in a table, and one night's hypnogram with its vitals;
 * {@code goalNote} says where the sleep goal line comes from.
 */
public record SleepView(ChartView stages, ChartView score, ChartView disturbances, List<MetricView> averages,
        List<Night> nights, TableRows.Count nightCount, NightDetail hypnogram, String message, String goalNote) {

    public boolean hasData() {
        return !nights.isEmpty();
    }

    /** A night as the table shows it: {@code date} the local day it ended; {@code hypnogramDate} set if one is kept. */
    public record Night(String date, String asleep, String deep, String rem, String light, String awake,
            String score, String efficiency, String heartRate, String breathing, String disturbances,
            String snoring, String hypnogramDate) {
    }

    /** One night's hypnogram and its vitals (heart rate, breathing rate, snoring), over the night's clock time. */
    /** {@code snoringMeasured}: whether the night's device measures snoring at all (a Sleep Analyzer; a watch not). */
    public record NightDetail(String date, String title, ChartView stages, ChartView vitals, ChartView snoring,
            boolean snoringMeasured, String summary) {
    }
}
