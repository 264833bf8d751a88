package dev.pulseboard.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class BpReportTests {

    @Test
    void thePrintedPagesFootIsACssStringNoNameCanEnd() {
        BpReport report = new BpReport("Zoé \"</style>\\", null, null, ZoneId.of("Europe/Paris"), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 2), null, "BPM Core", List.of(), null, null, null, null, 6, 6, false, List.of(), "", null);

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
                LocalDate.of(2026, 12, 2), null, "BPM Core", List.of(), null, null, null, null, 6, 6, false, List.of(), "", null);

        assertThat(report.pageFoot(false)).isEqualTo("Home blood pressure of Maria-Magdalena Alexandrina von"
                + "\u2026, 26 November 2026 to 2 December 2026");
    }

    @Test
    void aLongChineseNameIsCutByItsWidthInTheFoot() {
        BpReport report = new BpReport("龍".repeat(40), null, null, ZoneId.of("Asia/Shanghai"),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 2), null, "BPM Core", List.of(), null, null, null,
                null, 6, 6, false, List.of(), "", null);

        assertThat(report.footName()).as("two columns a letter: 15 of them and the ellipsis, as wide as 31 Latin "
                + "letters").isEqualTo("龍".repeat(15) + "\u2026");
        assertThat(report.footAfterName(false)).isEqualTo(", 26 November 2026 to 2 December 2026");
    }

    @Test
    void aChildsReportGivesNoVerdict() {
        BpReport adult = report(LocalDate.of(2010, 11, 26));
        BpReport child = report(LocalDate.of(2010, 11, 27));

        assertThat(adult.young()).as("sixteen on the first day").isFalse();
        assertThat(adult.verdict()).isTrue();
        assertThat(child.young()).as("sixteen on the second day").isTrue();
        assertThat(child.ageOnFirstDay()).isEqualTo(15);
        assertThat(child.verdict()).isFalse();
        assertThat(report(null).verdict()).as("no date of birth: an adult's").isTrue();
    }

    private static BpReport report(LocalDate birthDate) {
        return new BpReport("Sam", birthDate, null, ZoneId.of("Europe/Paris"), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 2), null, "BPM Core", List.of(), null, null, null, null, 6, 6, false, List.of(),
                "", null);
    }
}
