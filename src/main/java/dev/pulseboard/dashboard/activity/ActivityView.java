package dev.pulseboard.dashboard.activity;

import java.util.List;

import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.chart.TableRows;

/**
 * The Activity section: daily steps against the goal (and where the goal comes from), a year of steps as a
 * calendar, distance and calories a day, the workouts and the recent days in tables.
 */
public record ActivityView(ChartView steps, String goalNote, String goalReached, String sources, ChartView calendar,
        ChartView distance, ChartView calories, List<MetricView> totals, List<Workout> workouts, int workoutCount,
        TableRows.Count workoutTableCount, List<Day> days, TableRows.Count dayCount) {

    public boolean hasData() {
        return !days.isEmpty() || workoutCount > 0;
    }

    /** A day as the table shows it, written for the viewer. */
    public record Day(String date, String steps, String distance, String elevation, String activeCalories,
            String totalCalories) {
    }

    /** A workout as the table shows it. */
    public record Workout(String when, String kind, String duration, String distance, String calories,
            String heartRate) {
    }
}
