package dev.pulseboard.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.measure.Reading;

class SeriesDownsamplerTests {

    @Test
    void keepsASeriesThatFitsTheThresholdAsItIs() {
        List<Reading> readings = daily(500, i -> 70.0);
        assertThat(SeriesDownsampler.lttb(readings, 1000)).isSameAs(readings);
    }

    @Test
    void reducesTenYearsOfDailyReadingsToTheThresholdKeepingBothEnds() {
        List<Reading> readings = daily(3653, i -> 70 + Math.sin(i / 30.0));
        List<Reading> kept = SeriesDownsampler.lttb(readings, 1000);
        assertThat(kept).hasSize(1000);
        assertThat(kept.get(0)).isEqualTo(readings.get(0));
        assertThat(kept.get(999)).isEqualTo(readings.get(3652));
        assertThat(kept).isSortedAccordingTo((a, b) -> a.time().compareTo(b.time()));
    }

    @Test
    void keepsASingleSpikeThatAveragingWouldHide() {
        List<Reading> readings = daily(5000, i -> i == 2345 ? 150.0 : 70.0);
        List<Reading> kept = SeriesDownsampler.lttb(readings, 200);
        assertThat(kept).extracting(r -> r.value().doubleValue()).contains(150.0);
    }

    private static List<Reading> daily(int days, IntToDoubleFunction value) {
        List<Reading> readings = new ArrayList<>();
        Instant start = Instant.parse("2016-01-01T07:00:00Z");
        for (int i = 0; i < days; i++) {
            readings.add(new Reading(start.plusSeconds(86_400L * i), BigDecimal.valueOf(value.applyAsDouble(i)), "kg"));
        }
        return readings;
    }
}
