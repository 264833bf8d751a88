package dev.pulseboard.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.measure.BpGuideline;

class BpChartTests {

    @Test
    void labelsDaysAsTheRestOfTheReportWritesThem() {
        String svg = BpChart.svg(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 2), List.of(), BpGuideline.ESH_2023);

        assertThat(svg).contains(">26 Nov<", ">30 Nov<", ">1 Dec<", ">2 Dec<").doesNotContain("1/12", "26/11");
    }

    @Test
    void namesTheYearWhereLabelsSkipDaysAcrossANewYear() {
        String svg = BpChart.svg(LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 20), List.of(), BpGuideline.ESH_2023);

        assertThat(svg).contains(">10 Dec '26<").containsPattern(">\\d+ Jan '27<");
    }

    @Test
    void aValueBeyondTheAxisIsATriangleAtItsEdgeNotADotThatLooksInRange() {
        LocalDate day = LocalDate.of(2026, 10, 5);
        String svg = BpChart.svg(day, day, List.of(new BpReading(day.atTime(7, 0), 212, 45, 60, true),
                new BpReading(day.atTime(21, 0), 130, 80, 60, true)), BpGuideline.ESH_2023);

        assertThat(svg).contains("<title>212 mmHg, off the scale</title>", "<title>45 mmHg, off the scale</title>")
                .doesNotContain("<title>130");
        assertThat(svg.split("<circle ", -1)).as("the in-range reading's systolic: a dot").hasSize(2);
        assertThat(svg.split("<rect ", -1)).as("its diastolic: a square, told apart in grey too").hasSize(2);
        assertThat(svg.split("<polygon ", -1)).as("the off-scale values' two triangles").hasSize(3);
    }

    @Test
    void aChildsChartHasNoThresholdLines() {
        LocalDate day = LocalDate.of(2026, 10, 5);
        List<BpReading> readings = List.of(new BpReading(day.atTime(7, 0), 130, 80, 60, true));

        assertThat(BpChart.svg(day, day, readings, BpGuideline.ESH_2023)).contains("stroke-dasharray=\"6 4\"")
                .contains("with the ESH 2023 home thresholds 135 and 85 mmHg");
        assertThat(BpChart.svg(day, day, readings, BpGuideline.AHA_ACC_2025))
                .contains("with the AHA/ACC 2025 home thresholds 130 and 80 mmHg");
        assertThat(BpChart.svg(day, day, readings, null)).doesNotContain("stroke-dasharray=\"6 4\"")
                .doesNotContain("thresholds");
    }
}
