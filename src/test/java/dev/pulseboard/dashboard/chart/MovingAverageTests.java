package dev.pulseboard.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.measure.Reading;

public class MovingAverageTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void averagesCalendarDaysNotPoints() {
        // Three weigh-ins on day 1 count as one day (mean 71), then 73 on day 2: the average is 72, not 71.5.
        List<Reading> readings = List.of(r("2026-03-01T06:00:00Z", 70), r("2026-03-01T12:00:00Z", 71),
                r("2026-03-01T18:00:00Z", 72), r("2026-03-02T06:00:00Z", 73));
        List<Reading> average = MovingAverage.trailing(readings, 7, PARIS);
        assertThat(average).extracting(a -> a.value().doubleValue()).containsExactly(71.0, 72.0);
        assertThat(average.get(1).time()).isEqualTo(Instant.parse("2026-03-02T06:00:00Z"));
    }

    @Test
    void dropsDaysThatLeftTheSevenDayWindowEvenAcrossGaps() {
        List<Reading> readings = List.of(r("2026-03-01T06:00:00Z", 60), r("2026-03-07T06:00:00Z", 80),
                r("2026-03-08T06:00:00Z", 90));
        // On 8 March the window is 2-8 March: 1 March has left it.
        assertThat(MovingAverage.trailing(readings, 7, PARIS)).extracting(a -> a.value().doubleValue())
                .containsExactly(60.0, 70.0, 85.0);
    }

    @Test
    void groupsReadingsByTheDayOfTheGivenTimeZone() {
        // 23:30 UTC on 1 March is already 2 March in Paris: the two readings are one day there.
        List<Reading> readings = List.of(r("2026-03-01T23:30:00Z", 70), r("2026-03-02T08:00:00Z", 72));
        assertThat(MovingAverage.trailing(readings, 7, PARIS)).hasSize(1);
        assertThat(MovingAverage.trailing(readings, 7, ZoneId.of("UTC"))).hasSize(2);
    }

    public static Reading r(String time, double value) {
        return new Reading(Instant.parse(time), BigDecimal.valueOf(value), "kg");
    }
}
