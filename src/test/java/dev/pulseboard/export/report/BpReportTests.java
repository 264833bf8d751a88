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
        assertThat(report.pageFootCss(false)).isEqualTo("\"Home blood pressure of Zo\\e9  \\22 \\3c /style\\3e \\5c , "
                + "26 November 2026 to 2 December 2026\"");
    }

    @Test
    void aLongNameIsCutInTheFootSoThatItKeepsToOneLine() {
        String name = "Maria-Magdalena Alexandrina von Hohenzollern-Sigmaringen";
        BpReport report = new BpReport(name, null, null, ZoneId.of("Europe/Paris"), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 2), null, "BPM Core", List.of(), null, null, null, null, 6, 6, false, List.of(), "", null);

        assertThat(report.pageFoot(false)).isEqualTo("Home blood pressure of Maria-Magdalena Alexandrina von"
                + "\u2026, 26 November 2026 to 2 December 2026");
    }
}
