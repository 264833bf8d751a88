package dev.pulseboard.dashboard.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Hypnograms hypnograms = new Hypnograms(new Charts(JsonMapper.builder().build()));

    @Test
    void aNightIsReadByTheClockWhereItWasSleptAndSaysSoWhenThePageReadsAnotherZone() {
        SettingsView losAngeles = new SettingsView(WeightUnit.KG, ZoneId.of("America/Los_Angeles"), Locale.UK);

        var detail = hypnograms.detail(PARIS_NIGHT, STAGES, losAngeles);

        assertThat(detail.title()).isEqualTo("Night from 2 Dec 2026 to 3 Dec 2026");
        assertThat(detail.summary()).startsWith("23:10 \u2192 07:02 (clock times in Europe/Paris, where it was slept)");
    }

    @Test
    void tellsAScreenReaderTheTimeInEachStageTheHypnogramDraws() {
        Instant deepEnd = START.plusSeconds(80 * 60);
        Hypnogram night = new Hypnogram(1, List.of(new Hypnogram.Segment(START, deepEnd, 2),
                new Hypnogram.Segment(deepEnd, END, 1)), Map.of());

        var detail = hypnograms.detail(PARIS_NIGHT, night, new SettingsView(WeightUnit.KG, ZoneId.of("Europe/Paris"),
                Locale.UK));

        assertThat(detail.stages().element()).contains("; time in each stage: Deep 1 h 20, Light 6 h 32, REM 0 h 00, "
                + "Awake 0 h 00");
    }

    @Test
    void aNightEnteredByHandHasNoStagesToDraw() {
        // Withings' sleep states 4 (manual) and 5 (unspecified): a night entered in the app has no stages.
        Hypnogram manual = new Hypnogram(1, List.of(new Hypnogram.Segment(START, END.minusSeconds(600), 4),
                new Hypnogram.Segment(END.minusSeconds(600), END, 5)), Map.of());

        var detail = hypnograms.detail(PARIS_NIGHT, manual, new SettingsView(WeightUnit.KG, ZoneId.of("Europe/Paris"),
                Locale.UK));

        assertThat(detail.stages().hasData()).as("the page says so instead of an empty chart").isFalse();
        assertThat(detail.summary()).contains("asleep");
    }

    @Test
    void aNightThatLeavesSummerTimeIsDrawnAsLongAsItLastedAndReadByItsZonesClock() {
        // Paris, 25 October 2026: at 03:00 summer time the clocks go back to 02:00. This REM hour runs from 02:30
        // summer time to 02:30 winter time: on the wall clock it lasts nothing at all.
        Instant from = Instant.parse("2026-10-25T00:30:00Z");
        Instant to = Instant.parse("2026-10-25T01:30:00Z");
        SleepNight night = new SleepNight(2, LocalDate.of(2026, 10, 25), from, to, "Europe/Paris", 3_600, 0, 0, 3_600,
                0, null, 80, 55, 14, null, null, 0, 0, 0, null, 48, 70, from);
        Hypnogram rem = new Hypnogram(2, List.of(new Hypnogram.Segment(from, to, 3)),
                Map.of("hr", List.of(new Hypnogram.Sample(from, 52), new Hypnogram.Sample(to, 50))));

        var detail = hypnograms.detail(night, rem, new SettingsView(WeightUnit.KG, ZoneId.of("Europe/Paris"),
                Locale.UK));

        var stages = JSON.readTree(detail.stages().json());
        assertThat(stages.get("zone").asString()).isEqualTo("Europe/Paris");
        var segment = stages.get("data").get(0);
        assertThat(segment.get(1).asLong() - segment.get(0).asLong()).as("an hour, as it lasted").isEqualTo(3_600_000);
        assertThat(segment.get(0).asLong()).isEqualTo(from.toEpochMilli());
        var vitals = JSON.readTree(detail.vitals().json());
        assertThat(vitals.get("zone").asString()).isEqualTo("Europe/Paris");
        var hr = vitals.get("series").get(0).get("data");
        assertThat(hr.get(1).get(0).asLong() - hr.get(0).get(0).asLong()).isEqualTo(3_600_000);
    }

    @Test
    void aNightInAFixedOffsetKeepsTheWallClock() {
        SleepNight zoneUnknown = new SleepNight(1, LocalDate.of(2026, 12, 3), START, END, null, 25_000, 14_000, 6_000,
                5_000, 1_200, null, 80, 55, 14, null, null, 2, 600, 300, null, 48, 70, START);

        var detail = hypnograms.detail(zoneUnknown, STAGES, new SettingsView(WeightUnit.KG, ZoneOffset.ofHours(1),
                Locale.UK));

        var stages = JSON.readTree(detail.stages().json());
        assertThat(stages.has("zone")).isFalse();
        assertThat(stages.get("data").get(0).get(0).asLong()).isEqualTo(START.plusSeconds(3_600).toEpochMilli());
    }

    @Test
    void aNightWithoutASnoringFigureIsOneWhoseDeviceDoesNotMeasureIt() {
        SettingsView paris = new SettingsView(WeightUnit.KG, ZoneId.of("Europe/Paris"), Locale.UK);
        SleepNight analyzed = new SleepNight(1, LocalDate.of(2026, 12, 3), START, END, "Europe/Paris", 25_000, 14_000,
                6_000, 5_000, 1_200, null, 80, 55, 14, null, 0, 2, 600, 300, 0, 48, 70, START);

        assertThat(hypnograms.detail(PARIS_NIGHT, STAGES, paris).snoringMeasured()).as("a watch's night").isFalse();
        assertThat(hypnograms.detail(analyzed, STAGES, paris).snoringMeasured()).as("no snoring, measured").isTrue();
    }

    @Test
    void inTheNightsOwnZoneNothingIsAdded() {
        var detail = hypnograms.detail(PARIS_NIGHT, STAGES, new SettingsView(WeightUnit.KG, ZoneId.of("Europe/Paris"),
                Locale.UK));

        assertThat(detail.summary()).startsWith("23:10 \u2192 07:02 \u00b7 ");
    }
}
