package dev.pulseboard.health.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class DayPeriodTests {

    @Test
    void morningIsFourToNoonAndEveningSixToMidnight() {
        assertThat(DayPeriod.of(LocalTime.of(3, 59))).isEqualTo(DayPeriod.OTHER);
        assertThat(DayPeriod.of(LocalTime.of(4, 0))).isEqualTo(DayPeriod.MORNING);
        assertThat(DayPeriod.of(LocalTime.of(11, 59, 59))).isEqualTo(DayPeriod.MORNING);
        assertThat(DayPeriod.of(LocalTime.NOON)).isEqualTo(DayPeriod.OTHER);
        assertThat(DayPeriod.of(LocalTime.of(17, 59))).isEqualTo(DayPeriod.OTHER);
        assertThat(DayPeriod.of(LocalTime.of(18, 0))).isEqualTo(DayPeriod.EVENING);
        assertThat(DayPeriod.of(LocalTime.MAX)).isEqualTo(DayPeriod.EVENING);
        assertThat(DayPeriod.of(LocalTime.MIDNIGHT)).isEqualTo(DayPeriod.OTHER);
    }
}
