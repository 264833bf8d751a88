package dev.pulseboard.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DailySectionsTests {

    @Test
    void namesTheSleepAnalyzerThatWithingsSendsWithoutAModelName() {
        assertThat(DailySections.name("", 13)).as("getdevice's id for it").isEqualTo("Sleep Analyzer");
        assertThat(DailySections.name(null, 13)).isEqualTo("Sleep Analyzer");
        assertThat(DailySections.name("", 63)).as("its sensor's id in sleep get").isEqualTo("Sleep Analyzer");
        assertThat(DailySections.name("ScanWatch", 93)).isEqualTo("ScanWatch");
        assertThat(DailySections.name(null, 999)).isEqualTo("Withings device");
        assertThat(DailySections.name("", null)).isEqualTo("Withings device");
    }
}
