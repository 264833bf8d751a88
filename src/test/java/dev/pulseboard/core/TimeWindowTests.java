package dev.pulseboard.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TimeWindowTests {

    @Test
    void readsDatesAsWholeUtcDaysWithAnInclusiveEnd() {
        TimeWindow window = TimeWindow.parse("2026-01-01", "2026-01-31");
        assertThat(window.from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(window.to()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    }

    @Test
    void readsInstantsAsTheyAre() {
        TimeWindow window = TimeWindow.parse("2026-01-01T06:30:00Z", null);
        assertThat(window.from()).isEqualTo(Instant.parse("2026-01-01T06:30:00Z"));
        assertThat(window.to()).isNull();
    }

    @Test
    void rejectsUnparsableAndInvertedBoundsWithTheReason() {
        assertThatThrownBy(() -> TimeWindow.parse("yesterday", null)).hasMessageContaining("'from'")
                .hasMessageContaining("yesterday");
        assertThatThrownBy(() -> TimeWindow.parse("2026-02-01", "2026-01-01")).hasMessageContaining("after");
    }
}
