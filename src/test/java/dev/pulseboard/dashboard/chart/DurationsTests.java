package dev.pulseboard.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTests {

    @Test
    void roundsToTheNearestMinuteAsEveryOtherFigureDoes() {
        assertThat(Durations.hoursMinutes(4436)).isEqualTo("1 h 14");
        assertThat(Durations.hoursMinutes(27413)).isEqualTo("7 h 37");
        assertThat(Durations.hoursMinutes(24929)).isEqualTo("6 h 55");
        assertThat(Durations.hoursMinutes(3599)).as("a minute up carries into the hour").isEqualTo("1 h 00");
        assertThat(Durations.hoursMinutes(0)).isEqualTo("0 h 00");
        assertThat(Durations.hoursMinutes(null)).isEqualTo("\u2013");
    }
}
