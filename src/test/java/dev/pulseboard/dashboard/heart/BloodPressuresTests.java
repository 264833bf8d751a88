package dev.pulseboard.dashboard.heart;

import static dev.pulseboard.dashboard.chart.MovingAverageTests.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.dashboard.unit.WeightUnit;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.health.measure.HomeMean;
import dev.pulseboard.health.measure.Reading;

class BloodPressuresTests {

    @Test
    void pairsSystolicAndDiastolicOfTheSameMeasurementAndLeavesOutStrays() {
        var systolic = List.of(r("2026-03-01T06:00:00Z", 128), r("2026-03-01T19:00:00Z", 142));
        var diastolic = List.of(r("2026-03-01T06:00:00Z", 86), r("2026-03-02T19:00:00Z", 80));
        List<BloodPressureView> pairs = pair(systolic, diastolic);
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).value()).isEqualTo("128/86");
        assertThat(pairs.get(0).category()).as("86 at home: above the threshold")
                .isEqualTo(BpGuideline.ESH_2023.marks().get(1));
    }

    @Test
    void averagesMorningAndEveningLeavingOutTheFirstDayAsTheReportDoes() {
        // Paris is UTC+1 in March: 05:30Z is 06:30 (morning), 03:30Z is 04:30 (morning), 17:30Z is 18:30 (evening),
        // 12:00Z is 13:00 (neither). 1 March is the first day of measuring: left out.
        var systolic = List.of(r("2026-03-01T05:30:00Z", 170), r("2026-03-02T05:30:00Z", 130),
                r("2026-03-03T03:30:00Z", 140), r("2026-03-02T17:30:00Z", 120), r("2026-03-02T12:00:00Z", 200));
        var diastolic = List.of(r("2026-03-01T05:30:00Z", 100), r("2026-03-02T05:30:00Z", 80),
                r("2026-03-03T03:30:00Z", 90), r("2026-03-02T17:30:00Z", 70), r("2026-03-02T12:00:00Z", 120));
        var averages = averages(pair(systolic, diastolic),
                ZoneId.of("Europe/Paris"), null);
        assertThat(averages.get(0).mean().count()).isEqualTo(2);
        assertThat(averages.get(0).mean().value()).isEqualTo("135/85");
        assertThat(averages.get(1).mean().count()).isEqualTo(1);
        assertThat(averages.get(1).mean().value()).isEqualTo("120/70");
        assertThat(averages.get(2).label()).isEqualTo("Morning and evening");
        assertThat(averages.get(2).mean().value()).as("the three, not the mean of the two means").isEqualTo("130/80");
        assertThat(averages).extracting(BpAverageView::threshold).as("three readings are no protocol week")
                .containsExactly("\u2013", "\u2013", "too few readings: for information");
    }

    @Test
    void aRangeOfOneDayOfReadingsSaysWhyItHasNoMean() {
        var systolic = List.of(paris("2026-03-01T06:00:00Z", 150), paris("2026-03-01T19:00:00Z", 150));
        var diastolic = List.of(paris("2026-03-01T06:00:00Z", 95), paris("2026-03-01T19:00:00Z", 95));

        var averages = averages(pair(systolic, diastolic), ZoneId.of("Europe/Paris"), null);

        assertThat(averages).extracting(BpAverageView::threshold).as("no verdict on the day the protocol leaves out")
                .containsExactly("\u2013", "\u2013", "the first day of measuring is left out");
        assertThat(averages(List.of(), ZoneId.of("Europe/Paris"), null).get(2).threshold())
                .isEqualTo("\u2013");
    }

    @Test
    void readsTheThresholdOnAWeekAsTheReportDoesAndNotOverAMonth() {
        List<Reading> systolic = new ArrayList<>();
        List<Reading> diastolic = new ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            for (String time : List.of("06:00", "06:01", "19:00", "19:01")) {
                String at = "2026-03-0" + d + "T" + time + ":00Z";
                systolic.add(paris(at, d == 1 ? 180 : 128));
                diastolic.add(paris(at, d == 1 ? 110 : 80));
            }
        }
        var averages = averages(pair(systolic, diastolic), ZoneId.of("Europe/Paris"), null);
        assertThat(averages.get(2).mean().value()).as("the first day's 180/110 left out").isEqualTo("128/80");
        assertThat(averages).extracting(BpAverageView::judged).as("the threshold read on both together alone")
                .containsExactly(false, false, true);
        assertThat(averages.get(2).threshold()).isEqualTo("Below");
        assertThat(BloodPressures.homeAverages(pair(systolic, diastolic),
                BloodPressures.days(List.of(paris("2026-02-28T23:30:00Z", 120)), ZoneId.of("UTC")),
                ZoneId.of("UTC"), null, BpGuideline.ESH_2023).get(2).mean().value())
                .as("28 February at 23:30 UTC was 00:30 on 1 March where it was taken: no reading of the day before, "
                        + "the first day is left out")
                .isEqualTo("128/80");
        assertThat(BloodPressures.homeAverages(pair(systolic, diastolic),
                BloodPressures.days(List.of(paris("2026-02-28T20:00:00Z", 120)), ZoneId.of("UTC")),
                ZoneId.of("UTC"), null, BpGuideline.ESH_2023).get(2).mean().value())
                .as("measured on 28 February too: measuring went on, 1 March counts").isEqualTo("141/88");
        assertThat(averages(pair(systolic, diastolic), ZoneId.of("Europe/Paris"),
                LocalDate.of(2026, 4, 1)).get(2).threshold()).as("from 1 March to 1 April, 32 days: over a month")
                .isEqualTo("over a month: for information");
        assertThat(averages(pair(systolic, diastolic), ZoneId.of("Europe/Paris"),
                LocalDate.of(2026, 3, 31)).get(2).judged()).as("to 31 March, 31 days with the first, as the doctor's "
                        + "report counts: judged, whatever a change of clocks (29 March in Paris)").isTrue();
    }

    @Test
    void aMeanOnAHalfIsAtTheThresholdAsTheReportSays() {
        // Two Paris mornings after the first day, 134/81 and 135/81: a mean of 134.5, written 135/81 and so at the
        // threshold, as in the doctor's report (both read HomeMean).
        var systolic = List.of(paris("2026-03-01T06:00:00Z", 120), paris("2026-03-02T06:00:00Z", 134),
                paris("2026-03-03T06:00:00Z", 135));
        var diastolic = List.of(paris("2026-03-01T06:00:00Z", 70), paris("2026-03-02T06:00:00Z", 81),
                paris("2026-03-03T06:00:00Z", 81));
        var morning = averages(pair(systolic, diastolic), ZoneId.of("UTC"), null)
                .get(0).mean();
        assertThat(morning.value()).isEqualTo("135/81");
        assertThat(morning.atOrAbove(BpGuideline.ESH_2023)).isTrue();
    }

    @Test
    void eachReadingIsAMorningOrAnEveningByTheClockWhereItWasTakenWhateverTheViewersZone() {
        // Taken in Paris at 07:00 and 20:00 (06:00Z and 19:00Z in March); in Tokyo those are 15:00 and 04:00.
        // 28 February is the first day of measuring, left out.
        var systolic = List.of(paris("2026-02-28T06:00:00Z", 110), paris("2026-03-01T06:00:00Z", 130),
                paris("2026-03-01T19:00:00Z", 150));
        var diastolic = List.of(paris("2026-02-28T06:00:00Z", 70), paris("2026-03-01T06:00:00Z", 80),
                paris("2026-03-01T19:00:00Z", 95));

        var averages = averages(pair(systolic, diastolic),
                ZoneId.of("Asia/Tokyo"), null);

        assertThat(averages.get(0).label()).isEqualTo("Morning (4:00\u201312:00)");
        assertThat(averages.get(0).mean().count()).isEqualTo(1);
        assertThat(averages.get(0).mean().value()).isEqualTo("130/80");
        assertThat(averages.get(1).label()).isEqualTo("Evening (18:00\u201324:00)");
        assertThat(averages.get(1).mean().count()).isEqualTo(1);
        assertThat(averages.get(1).mean().value()).isEqualTo("150/95");
    }

    @Test
    void aReadingTakenBeforeSixteenGetsNoCategoryAndTheHomeThresholdIsNotRead() {
        // Born 2 March 2010 (with a date of birth entered). In Paris, 1 March 2026 at 23:30 is still the day before
        // the sixteenth birthday (22:30Z); 2 March 2026 at 00:30 (23:30Z on the 1st) is the birthday.
        AdultCategories adults = new AdultCategories(LocalDate.of(2010, 3, 2));
        var systolic = List.of(paris("2026-03-01T22:30:00Z", 118), paris("2026-03-01T23:30:00Z", 118));
        var diastolic = List.of(paris("2026-03-01T22:30:00Z", 76), paris("2026-03-01T23:30:00Z", 76));

        List<BloodPressureView> pairs = BloodPressures.pair(systolic, diastolic, adults, ZoneId.of("UTC"),
                BpGuideline.ESH_2023);

        assertThat(pairs).extracting(BloodPressureView::category)
                .containsExactly(null, BpGuideline.ESH_2023.marks().get(0));
        assertThat(pairs.get(0).categoryLabel()).isEqualTo("No adult category (under 16)");
        assertThat(pairs.get(0).categoryCss()).isEqualTo("bp-none");
        assertThat(pairs.get(1).categoryLabel()).isEqualTo("Below 135/85");
        // 28 February is the first day of measuring (left out); 1 March at 07:00 and 20:00 count, before the birthday.
        var counted = BloodPressures.pair(List.of(paris("2026-02-28T06:00:00Z", 118),
                paris("2026-03-01T06:00:00Z", 118), paris("2026-03-01T19:00:00Z", 118)),
                List.of(paris("2026-02-28T06:00:00Z", 76), paris("2026-03-01T06:00:00Z", 76),
                        paris("2026-03-01T19:00:00Z", 76)), adults, ZoneId.of("UTC"), BpGuideline.ESH_2023);
        var averages = averages(counted, ZoneId.of("UTC"), null);
        assertThat(averages).extracting(BpAverageView::judged).containsExactly(false, false, false);
        assertThat(averages.get(2).threshold()).isEqualTo("readings before 16: for information");
        var birthdayMorning = BloodPressures.pair(List.of(paris("2026-03-02T06:00:00Z", 118)),
                List.of(paris("2026-03-02T06:00:00Z", 76)), adults, ZoneId.of("UTC"), BpGuideline.ESH_2023).get(0);
        assertThat(averages(List.of(counted.get(2), birthdayMorning), ZoneId.of("UTC"), null).get(2).threshold())
                .as("a first day before the birthday is left out, and with it its age")
                .isEqualTo("too few readings: for information");
    }

    @Test
    void aJudgedHomeMeanNamesItsAhaAccStage() {
        assertThat(new BpAverageView("Morning and evening", HomeMean.of(2, 262, 160), true, null,
                BpGuideline.AHA_ACC_2025).threshold()).isEqualTo("At or above: stage 1 (130/80 to 134/84 at home)");
        assertThat(new BpAverageView("Morning and evening", HomeMean.of(2, 262, 160), true, null,
                BpGuideline.ESH_2023).threshold()).isEqualTo("Below");
    }

    @Test
    void aChildsVeryHighReadingIsMarkedSoAndStaysOutOfTheAdultThreshold() {
        AdultCategories adults = new AdultCategories(LocalDate.of(2016, 5, 1));
        var systolic = List.of(paris("2026-11-02T06:00:00Z", 184), paris("2026-11-02T06:01:00Z", 128),
                paris("2026-11-03T06:00:00Z", 150));
        var diastolic = List.of(paris("2026-11-02T06:00:00Z", 98), paris("2026-11-02T06:01:00Z", 84),
                paris("2026-11-03T06:00:00Z", 121));

        List<BloodPressureView> esh = BloodPressures.pair(systolic, diastolic, adults, ZoneId.of("UTC"),
                BpGuideline.ESH_2023);
        assertThat(esh).extracting(BloodPressureView::categoryLabel).as("a doctor should hear of 184 at any age")
                .containsExactly("Very high at any age (180/110 or more)", BloodPressureView.NO_CATEGORY,
                        "Very high at any age (180/110 or more)");
        assertThat(esh).allMatch(BloodPressureView::child);
        assertThat(averages(esh, ZoneId.of("UTC"), null).get(2).threshold())
                .as("still no adult threshold read").isEqualTo("readings before 16: for information");
        List<BloodPressureView> aha = BloodPressures.pair(systolic, diastolic, adults, ZoneId.of("UTC"),
                BpGuideline.AHA_ACC_2025);
        assertThat(aha).extracting(BloodPressureView::categoryLabel).containsExactly("Very high at any age (over "
                + "180/120)", BloodPressureView.NO_CATEGORY, "Very high at any age (over 180/120)");
    }

    @Test
    void aReadingTakenInAnotherZoneNamesItsOwnClockBesideTheViewersTime() {
        // 06:01Z on 15 November: 07:01 in Paris, where it was taken, a morning; 01:01 in New York.
        var reading = pair(List.of(paris("2026-11-15T06:01:00Z", 135)), List.of(paris("2026-11-15T06:01:00Z", 80)))
                .get(0);

        assertThat(reading.when(new SettingsView(WeightUnit.KG, ZoneId.of("America/New_York"), Locale.US)))
                .isEqualTo("Nov 15, 2026, 1:01 AM (7:01 AM in Europe/Paris)");
        assertThat(reading.when(new SettingsView(WeightUnit.KG, ZoneId.of("Europe/Paris"), Locale.US)))
                .isEqualTo("Nov 15, 2026, 7:01 AM");
        assertThat(reading.when(new SettingsView(WeightUnit.KG, ZoneId.of("Europe/Berlin"), Locale.US)))
                .as("another zone on the same clock").isEqualTo("Nov 15, 2026, 7:01 AM");
    }

    private static List<BloodPressureView> pair(List<Reading> systolic, List<Reading> diastolic) {
        return BloodPressures.pair(systolic, diastolic, AdultCategories.UNKNOWN_AGE, ZoneId.of("UTC"),
                BpGuideline.ESH_2023);
    }

    /** The home averages read against ESH 2023. */
    private static List<BpAverageView> averages(List<BloodPressureView> readings, ZoneId otherwise,
            LocalDate lastDay) {
        return BloodPressures.homeAverages(readings, Set.of(), otherwise, lastDay, BpGuideline.ESH_2023);
    }

    private static Reading paris(String instant, int value) {
        return new Reading(Instant.parse(instant), BigDecimal.valueOf(value), "mmHg", "Europe/Paris");
    }
}
