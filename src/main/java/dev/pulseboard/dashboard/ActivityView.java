package dev.pulseboard.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The Activity section: daily steps, the number of workouts, and the recent days in a table. */
public record ActivityView(ChartView steps, int workouts, List<Day> days) {

    public boolean hasData() {
        return !days.isEmpty();
    }

    /** A day as the table shows it; distance in km. */
    public record Day(LocalDate date, Integer steps, BigDecimal distanceKm, BigDecimal elevation,
            BigDecimal activeCalories, BigDecimal totalCalories) {
    }
}
