package dev.pulseboard.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

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

    @Test
    void theEcgsApartFromTheReadingsAreCountedAndThoseNotClearListed() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate day = LocalDate.of(2026, 11, 27);
        List<EcgStrip> ecgs = List.of(ecg(10, AT, 2, 136, 78), ecg(11, AT.plusSeconds(3600), 0, null, null),
                ecg(12, AT.plusSeconds(7200), 1, null, null), ecg(13, AT.minusSeconds(86400), 1, null, null));

        assertThat(BpReports.ecgsApart(ecgs, Set.of(10L), day, day, paris)).as("the day before is not the window's")
                .containsExactly("2 ECGs were recorded in these days apart from the readings: 1 not clear, below.",
                        "Fri 27 Nov 09:00: signs of AFib");
        assertThat(BpReports.ecgsApart(ecgs.subList(0, 2), Set.of(10L), day, day, paris))
                .containsExactly("1 ECG was recorded in these days apart from the readings: the device found no sign "
                        + "of AFib in it.");
        assertThat(BpReports.ecgsApart(ecgs.subList(0, 1), Set.of(10L), day, day, paris)).isEmpty();
    }

    private static EcgStrip ecg(Instant time, int afib, Integer systole, Integer diastole) {
        return ecg(1, time, afib, systole, diastole);
    }

    private static EcgStrip ecg(long id, Instant time, int afib, Integer systole, Integer diastole) {
        return new EcgStrip(id, time, afib, 64, systole, diastole, 44, "d", 300, null, new int[0]);
    }
}
