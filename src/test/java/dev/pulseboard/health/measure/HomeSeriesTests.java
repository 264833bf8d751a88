package dev.pulseboard.health.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HomeSeriesTests {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

    @Test
    void leavesOutTheFirstDayAndAveragesMorningsAndEveningsApartFromOtherHours() {
        List<HomeSeries.Entry> readings = new ArrayList<>(day(FIRST, 170, 100));
        readings.addAll(day(FIRST.plusDays(1), 130, 80));
        readings.addAll(day(FIRST.plusDays(2), 132, 82));
        readings.add(new HomeSeries.Entry(FIRST.plusDays(2).atTime(14, 0), 190, 110));

        HomeSeries series = HomeSeries.of(readings, null);

        assertThat(series.firstDay()).isEqualTo(FIRST);
        assertThat(series.home().value()).as("the first day's 170/100 left out").isEqualTo("131/81");
        assertThat(series.home().count()).isEqualTo(8);
        assertThat(series.morning().count()).isEqualTo(4);
        assertThat(series.other().value()).isEqualTo("190/110");
        assertThat(series.daysCounted()).isEqualTo(2);
        assertThat(series.daysWithBoth()).isEqualTo(2);
        assertThat(series.counted(FIRST.atTime(7, 0))).isFalse();
        assertThat(series.counted(FIRST.plusDays(1).atTime(7, 0))).isTrue();
    }

    @Test
    void aVerdictNeedsThreeDaysWithMorningsAndEveningsAndTwelveReadings() {
        List<HomeSeries.Entry> week = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            week.addAll(day(FIRST.plusDays(d), 140, 88));
        }
        assertThat(HomeSeries.of(week, null).enough()).as("three days after the first, two of each: 12").isTrue();
        assertThat(HomeSeries.of(week, null).judged(false)).isTrue();
        assertThat(HomeSeries.of(week, null).judged(true)).as("a child's series").isFalse();
        assertThat(HomeSeries.of(week.subList(0, 12), null).enough()).as("two days after the first").isFalse();

        List<HomeSeries.Entry> single = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            single.add(new HomeSeries.Entry(FIRST.plusDays(d).atTime(7, 0), 140, 88));
            single.add(new HomeSeries.Entry(FIRST.plusDays(d).atTime(21, 0), 140, 88));
        }
        HomeSeries singles = HomeSeries.of(single, null);
        assertThat(singles.daysWithBoth()).isEqualTo(3);
        assertThat(singles.enough()).as("six single readings on three days are no home series").isFalse();
        assertThat(singles.tooFew()).isEqualTo("Morning and evening readings on at least 3 days after the first day "
                + "of measuring, 12 readings at least (two each morning and evening), are needed; 3 days have both, "
                + "with 6 readings.");
    }

    @Test
    void aSeriesOverAMonthIsNoProtocolWeek() {
        List<HomeSeries.Entry> week = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            week.addAll(day(FIRST.plusDays(d), 120, 80));
        }
        assertThat(HomeSeries.of(week, FIRST.plusDays(30)).overAMonth()).as("31 days, the first and the last in")
                .isFalse();
        assertThat(HomeSeries.of(week, FIRST.plusDays(31)).overAMonth()).as("32 days").isTrue();
        assertThat(HomeSeries.of(week, FIRST.plusDays(31)).judged(false)).isFalse();
        assertThat(HomeSeries.of(List.of(), null).home().present()).isFalse();
    }

    @Test
    void measuringThatWentOnFromTheDayBeforeHasNoFirstDayToLeaveOut() {
        List<HomeSeries.Entry> readings = new ArrayList<>(day(FIRST, 170, 100));
        readings.addAll(day(FIRST.plusDays(1), 130, 80));
        readings.addAll(day(FIRST.plusDays(2), 130, 80));

        HomeSeries daily = HomeSeries.of(readings, null, Set.of(FIRST.minusDays(2), FIRST.minusDays(1)));
        assertThat(daily.leftOut()).isNull();
        assertThat(daily.firstDay()).isEqualTo(FIRST);
        assertThat(daily.home().value()).as("the first day's 170/100 counted").isEqualTo("143/87");
        assertThat(daily.home().count()).isEqualTo(12);
        assertThat(daily.daysWithBoth()).isEqualTo(3);
        assertThat(daily.enough()).as("three days with two of each, 12 readings").isTrue();
        assertThat(daily.counted(FIRST.atTime(7, 0))).isTrue();

        HomeSeries afterAGap = HomeSeries.of(readings, null, Set.of(FIRST.minusDays(2)));
        assertThat(afterAGap.leftOut()).as("a day without readings between: measuring starts again")
                .isEqualTo(FIRST);
        assertThat(afterAGap.home().value()).isEqualTo("130/80");
        assertThat(afterAGap.enough()).isFalse();
        assertThat(afterAGap.tooFew()).contains("on at least 3 days after the first day of measuring");
        assertThat(HomeSeries.of(readings.subList(0, 8), null, Set.of(FIRST.minusDays(1))).tooFew())
                .as("no first day to speak of").startsWith("Morning and evening readings on at least 3 days, 12 "
                        + "readings at least");
    }

    /** Two readings a minute apart in the morning and in the evening. */
    private static List<HomeSeries.Entry> day(LocalDate day, int systolic, int diastolic) {
        List<HomeSeries.Entry> readings = new ArrayList<>();
        for (LocalDateTime time : List.of(day.atTime(7, 0), day.atTime(7, 1), day.atTime(21, 0), day.atTime(21, 1))) {
            readings.add(new HomeSeries.Entry(time, systolic, diastolic));
        }
        return readings;
    }
}
