package dev.pulseboard.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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

    @Test
    void theFirstAndLastDaysAllowedAreAllowedInEveryZone() {
        for (String zone : new String[] { "Europe/Paris", "Pacific/Auckland", "America/New_York", "UTC" }) {
            TimeWindow all = TimeWindow.parse("1900-01-01", "9999-12-31", ZoneId.of(zone));
            assertThat(all.from()).as(zone).isEqualTo(
                    LocalDate.of(1900, 1, 1).atStartOfDay(ZoneId.of(zone)).toInstant());
        }
        assertThatThrownBy(() -> TimeWindow.parse("1899-12-31", null, ZoneId.of("Europe/Paris")))
                .hasMessageContaining("between the years 1900 and 9999");
        assertThatThrownBy(() -> TimeWindow.parse("1899-12-31T23:59:59Z", null))
                .hasMessageContaining("between the years 1900 and 9999");
    }
}
