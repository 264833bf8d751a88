package dev.pulseboard.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.recording.EcgStrip;

/** The ECG a BPM Core recorded with a reading: the same session and the same blood pressure, not a watch's nearby. */
class BpRhythmTests {

    private static final Instant AT = Instant.parse("2026-11-27T06:00:00Z");

    @Test
    void takesTheEcgOfTheSameSessionWithTheSameBloodPressure() {
        List<EcgStrip> ecgs = List.of(ecg(AT.plusSeconds(20), 2, 136, 78), ecg(AT.plusSeconds(90), 0, 134, 80));

        assertThat(BpReports.afib(AT, 136, 78, ecgs)).isEqualTo(2);
        assertThat(BpReports.afib(AT.plusSeconds(60), 134, 80, ecgs)).isZero();
        assertThat(BpReports.afib(AT, 150, 90, ecgs)).as("another blood pressure: another reading's").isNull();
        assertThat(BpReports.afib(AT.plusSeconds(321), 136, 78, ecgs)).as("over five minutes away").isNull();
    }

    @Test
    void aWatchsEcgCarriesNoBloodPressureAndIsNoReadings() {
        assertThat(BpReports.afib(AT, 136, 78, List.of(ecg(AT, 1, null, null)))).isNull();
    }

    private static EcgStrip ecg(Instant time, int afib, Integer systole, Integer diastole) {
        return new EcgStrip(1, time, afib, 64, systole, diastole, 44, "d", 300, null, new int[0]);
    }
}
