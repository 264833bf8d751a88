package dev.pulseboard.dashboard.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.dashboard.chart.Charts;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.dashboard.unit.WeightUnit;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.health.recording.Hypnogram;
import tools.jackson.databind.json.JsonMapper;

class HypnogramsTests {

    private static final Instant START = Instant.parse("2026-12-02T22:10:00Z");
    private static final Instant END = Instant.parse("2026-12-03T06:02:00Z");
    private static final SleepNight PARIS_NIGHT = new SleepNight(1, LocalDate.of(2026, 12, 3), START, END,
            "Europe/Paris", 25_000, 14_000, 6_000, 5_000, 1_200, null, 80, 55, 14, null, null, 2, 600, 300, null,
            48, 70, START);
    private static final Hypnogram STAGES = new Hypnogram(1, List.of(new Hypnogram.Segment(START, END, 1)), Map.of());

    private final Hypnograms hypnograms = new Hypnograms(new Charts(JsonMapper.builder().build()));

    @Test
    void aNightIsReadByTheClockWhereItWasSleptAndSaysSoWhenThePageReadsAnotherZone() {
        SettingsView losAngeles = new SettingsView(WeightUnit.KG, ZoneId.of("America/Los_Angeles"), Locale.UK);

        var detail = hypnograms.detail(PARIS_NIGHT, STAGES, losAngeles);

        assertThat(detail.title()).isEqualTo("Night from 2 Dec 2026 to 3 Dec 2026");
        assertThat(detail.summary()).startsWith("23:10 \u2192 07:02 (clock times in Europe/Paris, where it was slept)");
    }

    @Test
    void inTheNightsOwnZoneNothingIsAdded() {
        var detail = hypnograms.detail(PARIS_NIGHT, STAGES, new SettingsView(WeightUnit.KG, ZoneId.of("Europe/Paris"),
                Locale.UK));

        assertThat(detail.summary()).startsWith("23:10 \u2192 07:02 \u00b7 ");
    }
}
