package dev.pulseboard.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.health.measure.HomeMean;
import dev.pulseboard.health.measure.HomeSeries;

class BpReportTests {

    /** Six days after the first with mornings and evenings, two of each: enough for a verdict. */
    private static final HomeSeries ENOUGH = new HomeSeries(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26),
            HomeMean.of(24, 24 * 128, 24 * 80), HomeMean.NONE, HomeMean.NONE, HomeMean.NONE, 6, 6, false);

    @Test
    void thePrintedPagesFootIsACssStringNoNameCanEnd() {
        BpReport report = new BpReport("Zoé \"</style>\\", null, null, ZoneId.of("Europe/Paris"), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 2), null, "BPM Core", List.of(), ENOUGH, List.of(), "", null);

        assertThat(report.pageFoot(true)).isEqualTo("Home blood pressure of Zoé \"</style>\\, 26 November 2026 to "
                + "2 December 2026 (demo data, made up)");
        assertThat(report.pageFootCss(false)).as("the name isolated (U+2068 ... U+2069): a right-to-left one keeps "
                + "the comma and the day after it").isEqualTo("\"Home blood pressure of \\2068 Zo\\e9  \\22 \\3c /style\\3e "
                + "\\5c \\2069 , 26 November 2026 to 2 December 2026\"");
    }

    @Test
    void aLongNameIsCutInTheFootSoThatItKeepsToOneLine() {
        String name = "Maria-Magdalena Alexandrina von Hohenzollern-Sigmaringen";
        BpReport report = new BpReport(name, null, null, ZoneId.of("Europe/Paris"), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 2), null, "BPM Core", List.of(), ENOUGH, List.of(), "", null);

        assertThat(report.pageFoot(false)).isEqualTo("Home blood pressure of Maria-Magdalena Alexandrina von"
                + "\u2026, 26 November 2026 to 2 December 2026");
    }

    @Test
    void aLongChineseNameIsCutByItsWidthInTheFoot() {
        BpReport report = new BpReport("龍".repeat(40), null, null, ZoneId.of("Asia/Shanghai"),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 2), null, "BPM Core", List.of(), ENOUGH, List.of(), "", null);

        assertThat(report.footName()).as("two columns a letter: 15 of them and the ellipsis, as wide as 31 Latin "
                + "letters").isEqualTo("龍".repeat(15) + "\u2026");
        assertThat(report.footAfterName(false)).isEqualTo(", 26 November 2026 to 2 December 2026");
    }

    @Test
    void aChildsReportGivesNoVerdictByTheDaysItAverages() {
        // Readings from 26 November, the first day of measuring (left out), to 2 December.
        List<BpReading> readings = List.of(reading(26, false), reading(27, true), reading(2, true));

        assertThat(report(LocalDate.of(2010, 11, 27), readings).young()).as("sixteen on the first counted day")
                .isFalse();
        assertThat(report(LocalDate.of(2010, 11, 27), readings).verdict()).isTrue();
        assertThat(report(LocalDate.of(2010, 11, 28), readings).young()).as("fifteen on the first counted day")
                .isTrue();
        assertThat(report(LocalDate.of(2010, 11, 28), readings).verdict()).isFalse();
        assertThat(report(LocalDate.of(2010, 11, 26), List.of()).young()).as("no reading: by the first day").isFalse();
        assertThat(report(LocalDate.of(2010, 11, 27), List.of()).young()).isTrue();
        assertThat(report(null, readings).verdict()).as("no date of birth: an adult's").isTrue();
    }

    @Test
    void aReadingTakenBeforeSixteenIsNotMarkedOnAReportThatGivesAVerdict() {
        // Sixteen on 27 November: the first day of measuring (26 November, left out) is the day before.
        BpReading first = new BpReading(LocalDate.of(2026, 11, 26).atTime(7, 30), 150, 95, 60, false);
        BpReading counted = new BpReading(LocalDate.of(2026, 11, 27).atTime(7, 30), 150, 95, 60, true);
        BpReport report = report(LocalDate.of(2010, 11, 27), List.of(first, counted));

        assertThat(report.verdict()).isTrue();
        assertThat(report.systolicMarked(first)).isFalse();
        assertThat(report.diastolicMarked(first)).isFalse();
        assertThat(report.systolicMarked(counted)).isTrue();
        assertThat(report.diastolicMarked(counted)).isTrue();
        assertThat(report(null, List.of(first)).systolicMarked(first)).as("no date of birth").isTrue();
    }

    private static BpReading reading(int day, boolean counted) {
        return new BpReading(LocalDate.of(2026, day > 20 ? 11 : 12, day).atTime(7, 30), 128, 80, 60, counted);
    }

    private static BpReport report(LocalDate birthDate, List<BpReading> readings) {
        return new BpReport("Sam", birthDate, null, ZoneId.of("Europe/Paris"), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 2), null, "BPM Core", readings, ENOUGH, List.of(),
                "", null);
    }

    @Test
    void aWindowOverAWeekGivesTheHomeAverageOfEachSevenDaysFromItsFirst() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        List<BpReading> readings = List.of(
                new BpReading(from.atTime(7, 0), 150, 95, 70, false),
                new BpReading(from.plusDays(1).atTime(7, 0), 140, 90, 70, true),
                new BpReading(from.plusDays(1).atTime(20, 0), 130, 80, 70, true),
                new BpReading(from.plusDays(2).atTime(14, 0), 170, 99, 70, true),
                new BpReading(from.plusDays(7).atTime(7, 0), 120, 78, 70, true),
                new BpReading(from.plusDays(9).atTime(21, 0), 124, 80, 70, true));
        BpReport twoWeeks = new BpReport("Sam", null, null, ZoneId.of("Europe/Paris"), from, from.plusDays(9), null,
                "BPM Core", readings, ENOUGH, List.of(), "", null);

        assertThat(twoWeeks.weeks()).extracting(BpReport.Week::days)
                .containsExactly("Sun 1 Nov to Sat 7 Nov", "Sun 8 Nov to Tue 10 Nov");
        assertThat(twoWeeks.weeks()).as("the first day of measuring and the afternoon reading left out")
                .extracting(w -> w.home().value() + " of " + w.home().count())
                .containsExactly("135/85 of 2", "122/79 of 2");
        assertThat(twoWeeks.weeks().get(1).home().spread().range()).isEqualTo("120\u2013124/78\u201380");
        assertThat(twoWeeks.weeks()).extracting(BpReport.Week::dayCount).containsExactly(1, 2);
        assertThat(twoWeeks.weeks()).as("fewer than 12 readings: too few for the protocol").allMatch(BpReport.Week::few);
        assertThat(twoWeeks.high(twoWeeks.weeks().get(0).home())).as("135/85, marked as the averages are")
                .isTrue();

        BpReport oneWeek = new BpReport("Sam", null, null, ZoneId.of("Europe/Paris"), from, from.plusDays(6), null,
                "BPM Core", readings.subList(0, 4), ENOUGH, List.of(), "", null);
        assertThat(oneWeek.weeks()).as("the averages above are the week's").isEmpty();
        BpReport halfAYear = new BpReport("Sam", null, null, ZoneId.of("Europe/Paris"), from, from.plusDays(181), null,
                "BPM Core", readings, ENOUGH, List.of(), "", null);
        assertThat(halfAYear.weeks()).hasSize(26);
        BpReport longer = new BpReport("Sam", null, null, ZoneId.of("Europe/Paris"), from, from.plusDays(182), null,
                "BPM Core", readings, ENOUGH, List.of(), "", null);
        assertThat(longer.weeks()).as("no table of years of weeks").isEmpty();
    }

    @Test
    void theEcgNoticeCountsSignsOfAfibAndInconclusiveApart() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        BpReading afib = new BpReading(day.atTime(7, 0), 140, 90, 70, true, null, 1);
        BpReading unsure = new BpReading(day.atTime(7, 5), 138, 88, 70, true, null, 2);
        BpReading clear = new BpReading(day.atTime(20, 0), 130, 80, 70, true, null, 0);

        assertThat(notice(List.of(unsure, clear))).isEqualTo("1 reading was taken with an ECG the device found "
                + "inconclusive");
        assertThat(notice(List.of(afib, afib, unsure))).isEqualTo("2 readings were taken with an ECG that showed signs "
                + "of atrial fibrillation and 1 with one the device found inconclusive");
        assertThat(notice(List.of(afib))).isEqualTo("1 reading was taken with an ECG that showed signs of atrial "
                + "fibrillation");
    }

    @Test
    void aReadingAtTheGuidelinesHighestMarkIsNamedForTheDoctorAtAnyAge() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        List<BpReading> readings = List.of(new BpReading(day.atTime(7, 10), 185, 100, 70, true),
                new BpReading(day.atTime(21, 0), 180, 120, 70, true), new BpReading(day.atTime(21, 1), 131, 80, 70,
                        true));
        BpReport esh = new BpReport("Sam", LocalDate.of(2015, 1, 1), null, ZoneId.of("Europe/Paris"), day, day, null,
                "BPM Core", readings, ENOUGH, List.of(), "", null, List.of(), BpGuideline.ESH_2023);
        assertThat(esh.veryHighText()).as("a child's too").isEqualTo("2 readings were at the level of the ESH 2023 "
                + "guideline's highest mark (180/110 or more), which a doctor should hear of at any age: Tue 1 Dec "
                + "07:10, 185/100; Tue 1 Dec 21:00, 180/120.");
        BpReport aha = new BpReport("Sam", null, null, ZoneId.of("Europe/Paris"), day, day, null, "BPM Core",
                readings, ENOUGH, List.of(), "", null, List.of(), BpGuideline.AHA_ACC_2025);
        assertThat(aha.veryHighText()).as("severe is over 180/120").isEqualTo("1 reading was at the level of the "
                + "AHA/ACC 2025 guideline's highest mark (over 180/120), which a doctor should hear of at any age: Tue "
                + "1 Dec 07:10, 185/100.");
        assertThat(readings).filteredOn(aha::veryHigh).hasSize(1);
        assertThat(new BpReport("Sam", null, null, ZoneId.of("Europe/Paris"), day, day, null, "BPM Core",
                List.of(readings.get(2)), ENOUGH, List.of(), "", null).veryHighText()).isNull();
    }

    private static String notice(List<BpReading> readings) {
        return new BpReport("Sam", null, null, ZoneId.of("Europe/Paris"), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 7), null, "BPM Core", readings, ENOUGH, List.of(), "", null).irregularText();
    }
}
