package dev.pulseboard.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DailySectionsTests {

    @Test
    void namesTheSleepAnalyzerThatWithingsSendsWithoutAModelName() {
        assertThat(DailySections.name("", 63)).isEqualTo("Sleep Analyzer");
        assertThat(DailySections.name("ScanWatch", 93)).isEqualTo("ScanWatch");
        assertThat(DailySections.name(null, 999)).isEqualTo("Withings device");
    }
}
