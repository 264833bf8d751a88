package dev.pulseboard.health.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BpGuidelineTests {

    @ParameterizedTest(name = "{0}/{1} is {2} in ESH 2023")
    @CsvSource({
            "119, 79, Below 135/85", "134.6, 84, Below 135/85", "134, 84.9, Below 135/85",
            "135, 70, At or above 135/85", "110, 85, At or above 135/85", "138, 86, At or above 135/85",
            "179, 109, At or above 135/85",
            "180, 70, 180/110 or more", "120, 110, 180/110 or more", "150, 115, 180/110 or more" })
    void eshTakesTheHigherMarkOfSystolicAndDiastolic(double systolic, double diastolic, String expected) {
        assertThat(BpGuideline.ESH_2023.markOf(systolic, diastolic).label()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1} is {2} in AHA/ACC 2025")
    @CsvSource({
            "119, 79, 'Below 120/80: normal'", "119.6, 79.9, 'Below 120/80: normal'",
            "120, 79, '120–129 and below 80: elevated'", "129, 79.9, '120–129 and below 80: elevated'",
            "130, 70, '130/80 or more: stage 1'", "118, 80, '130/80 or more: stage 1'",
            "134, 84, '130/80 or more: stage 1'",
            "135, 70, '135/85 or more: stage 2'", "128, 85, '135/85 or more: stage 2'",
            "180, 120, '135/85 or more: stage 2'",
            "181, 90, 'Over 180/120: severe'", "180.4, 100, 'Over 180/120: severe'", "150, 121, 'Over 180/120: severe'" })
    void ahaAccMarksHomeValuesByStageAndSevereOnlyOver180Over120(double systolic, double diastolic, String expected) {
        assertThat(BpGuideline.AHA_ACC_2025.markOf(systolic, diastolic).label()).isEqualTo(expected);
    }

    @Test
    void aLegendWritesEachMarksBoundsAsTheGuidelineDoes() {
        assertThat(BpGuideline.ESH_2023.marks()).extracting(BpGuideline.Mark::systolicRange)
                .containsExactly("< 135", "135–179", "≥ 180");
        assertThat(BpGuideline.ESH_2023.marks()).extracting(BpGuideline.Mark::diastolicRange)
                .containsExactly("< 85", "85–109", "≥ 110");
        assertThat(BpGuideline.AHA_ACC_2025.marks()).extracting(BpGuideline.Mark::systolicRange)
                .containsExactly("< 120", "120–129", "130–134", "135–180", "> 180");
        assertThat(BpGuideline.AHA_ACC_2025.marks()).extracting(BpGuideline.Mark::diastolicRange)
                .as("elevated is systolic alone, with a diastolic below 80").containsExactly("< 80", "< 80", "80–84",
                        "85–120", "> 120");
        assertThat(BpGuideline.AHA_ACC_2025.marks()).extracting(BpGuideline.Mark::combined)
                .containsExactly("and", "and", "and/or", "and/or", "and/or");
    }

    @Test
    void anAhaAccHomeMeanAtOrAboveTheThresholdNamesItsStage() {
        assertThat(BpGuideline.AHA_ACC_2025.stage(HomeMean.of(2, 131 + 131, 79 + 79)))
                .contains("stage 1 (130/80 to 134/84 at home)");
        assertThat(BpGuideline.AHA_ACC_2025.stage(HomeMean.of(1, 128, 85))).contains("stage 2 (135/85 or more at home)");
        assertThat(BpGuideline.AHA_ACC_2025.stage(HomeMean.of(1, 129, 79))).isEmpty();
        assertThat(BpGuideline.ESH_2023.stage(HomeMean.of(1, 150, 95))).as("ESH names no stage by home values")
                .isEmpty();
    }

    @Test
    void theHomeThresholdIsReadOnTheMeanInWholeMmHg() {
        HomeMean mean = HomeMean.of(2, 130 + 131, 78 + 79);
        assertThat(mean.value()).isEqualTo("131/79");
        assertThat(mean.atOrAbove(BpGuideline.ESH_2023)).isFalse();
        assertThat(mean.atOrAbove(BpGuideline.AHA_ACC_2025)).isTrue();
        assertThat(HomeMean.of(1, 129, 80).atOrAbove(BpGuideline.AHA_ACC_2025)).as("diastolic 80").isTrue();
        assertThat(HomeMean.NONE.atOrAbove(BpGuideline.AHA_ACC_2025)).isFalse();
        assertThat(BpGuideline.parse("AHA_ACC_2025")).contains(BpGuideline.AHA_ACC_2025);
        assertThat(BpGuideline.parse("aha")).isEmpty();
    }
}
