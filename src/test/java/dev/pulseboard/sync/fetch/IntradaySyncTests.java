package dev.pulseboard.sync.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.recording.Hypnogram;
import dev.pulseboard.withings.activity.IntradaySample;

class IntradaySyncTests {

    private static final Instant AT = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void keepsEachSeriesAsWholeNumbersRoundedNotCut() {
        var samples = List.of(sample(AT.plusSeconds(60), 61, new BigDecimal("96.5")),
                sample(AT, 59, new BigDecimal("95.4")));

        var series = IntradaySync.split(samples);

        assertThat(series.get("spo2")).as("in time order, 96.5 % as 97, not 96")
                .containsExactly(new Hypnogram.Sample(AT, 95), new Hypnogram.Sample(AT.plusSeconds(60), 97));
        assertThat(series.get("heart_rate")).extracting(Hypnogram.Sample::value).containsExactly(59, 61);
        assertThat(series.get("steps")).as("a field not sent").isEmpty();
    }

    private static IntradaySample sample(Instant time, int heartRate, BigDecimal spo2) {
        return new IntradaySample(time, null, "ScanWatch", 93, null, null, null, null, null, null, null, heartRate,
                spo2, null, null, null, null, null, null);
    }
}
