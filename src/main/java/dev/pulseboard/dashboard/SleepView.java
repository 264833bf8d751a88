package dev.pulseboard.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The Sleep section: sleep duration and stages, the score, and the recent nights in a table. */
public record SleepView(ChartView duration, ChartView score, List<Night> nights) {

    public boolean hasData() {
        return !nights.isEmpty();
    }

    /** A night as the table shows it; {@code date} is the local day it ended, efficiency in %. */
    public record Night(LocalDate date, String asleep, String deep, String rem, String light, Integer score,
            Integer efficiencyPercent, Integer hrAverage, Integer rrAverage, Integer breathingDisturbances) {
    }
}
