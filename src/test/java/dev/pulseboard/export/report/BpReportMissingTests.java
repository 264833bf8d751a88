package dev.pulseboard.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.measure.HomeMean;
import dev.pulseboard.health.measure.HomeSeries;

class BpReportMissingTests {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

    @Test
    void aCompleteWeekMissesNothing() {
        List<BpReading> readings = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            readings.addAll(fullDay(FROM.plusDays(d)));
        }

        assertThat(BpReports.missing(FROM, FROM.plusDays(6), readings, series(6))).isEmpty();
    }

    @Test
    void daysInARowWithoutReadingsAreOneLineAndAPartialDayIsNamed() {
        List<BpReading> readings = new ArrayList<>(fullDay(FROM));
        readings.addAll(fullDay(FROM.plusDays(1)));
        readings.add(reading(FROM.plusDays(5).atTime(7, 0)));
        readings.addAll(fullDay(FROM.plusDays(6)));
        readings.add(reading(FROM.plusDays(7).atTime(7, 0)));
        readings.add(reading(FROM.plusDays(7).atTime(21, 0)));

        assertThat(BpReports.missing(FROM, FROM.plusDays(9), readings, series(3))).containsExactly(
                "Tue 3 Mar 2026 to Thu 5 Mar 2026 (3 days): no readings.",
                "Fri 6 Mar 2026: 1 morning reading and 0 evening readings (the protocol asks for two of each, a minute "
                        + "apart).",
                "Sun 8 Mar 2026: 1 morning reading and 1 evening reading (the protocol asks for two of each, a minute "
                        + "apart).",
                "Mon 9 Mar 2026 to Tue 10 Mar 2026 (2 days): no readings.");
    }

    @Test
    void aSingleEmptyDayIsNamedAloneAndTooFewDaysComeFirst() {
        List<BpReading> readings = new ArrayList<>(fullDay(FROM));
        readings.addAll(fullDay(FROM.plusDays(1)));
        readings.addAll(fullDay(FROM.plusDays(3)));

        assertThat(BpReports.missing(FROM, FROM.plusDays(3), readings, series(2))).containsExactly(
                "Morning and evening readings on at least 3 days after the first day of measuring, 12 readings at "
                        + "least (two each morning and evening), are needed; 2 days have both, with 8 readings.",
                "Tue 3 Mar 2026: no readings.");
    }

    @Test
    void aMonthIsListedDayByDayAndLongerWindowsAreCounted() {
        assertThat(BpReports.missing(FROM, FROM.plusDays(31), fullDay(FROM), series(0))).containsExactly(
                "Morning and evening readings on at least 3 days after the first day of measuring, 12 readings at "
                        + "least (two each morning and evening), are needed; 0 days have both, with 0 readings.",
                "Mon 2 Mar 2026 to Wed 1 Apr 2026 (31 days): no readings.");
        List<BpReading> readings = new ArrayList<>(fullDay(FROM));
        readings.add(reading(FROM.plusDays(40).atTime(7, 0)));

        assertThat(BpReports.missing(FROM, FROM.plusYears(2), readings, series(1))).containsExactly(
                "Morning and evening readings on at least 3 days after the first day of measuring, 12 readings at "
                        + "least (two each morning and evening), are needed; 1 day has both, with 4 readings.",
                "Of the 731 days after the first: 730 without readings, 1 with fewer than two morning and two evening"
                        + " readings (the protocol asks for two of each, a minute apart, on 7 days in a row). Choose a"
                        + " week for the day-by-day list.");
    }

    @Test
    void whenMeasuringWentOnFromTheDayBeforeTheFirstDayIsCheckedToo() {
        List<BpReading> readings = new ArrayList<>(List.of(reading(FROM.atTime(7, 0))));
        for (int d = 1; d < 7; d++) {
            readings.addAll(fullDay(FROM.plusDays(d)));
        }
        HomeSeries series = HomeSeries.of(readings.stream().map(BpReading::entry).toList(), FROM.plusDays(6),
                Set.of(FROM.minusDays(1)));

        assertThat(series.leftOut()).isNull();
        assertThat(BpReports.missing(FROM, FROM.plusDays(6), readings, series)).containsExactly(
                "Sun 1 Mar 2026: 1 morning reading and 0 evening readings (the protocol asks for two of each, a minute "
                        + "apart).");
        assertThat(BpReports.missing(FROM, FROM.plusYears(1), readings, series)).containsExactly(
                "Of the 366 days: 359 without readings, 1 with fewer than two morning and two evening readings (the "
                        + "protocol asks for two of each, a minute apart, on 7 days in a row). Choose a week for the "
                        + "day-by-day list.");
    }

    /** A series with {@code daysWithBoth} days after the first with mornings and evenings, two of each. */
    private static HomeSeries series(int daysWithBoth) {
        return new HomeSeries(FROM, FROM,
                HomeMean.of(4 * daysWithBoth, 4 * daysWithBoth * 128L, 4 * daysWithBoth * 82L),
                HomeMean.NONE, HomeMean.NONE, HomeMean.NONE, daysWithBoth, daysWithBoth, false);
    }

    private static List<BpReading> fullDay(LocalDate day) {
        return List.of(reading(day.atTime(7, 0)), reading(day.atTime(7, 1)), reading(day.atTime(21, 0)),
                reading(day.atTime(21, 1)));
    }

    private static BpReading reading(LocalDateTime time) {
        return new BpReading(time, 128, 82, 64, true);
    }
}
