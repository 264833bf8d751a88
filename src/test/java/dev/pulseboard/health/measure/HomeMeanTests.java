package dev.pulseboard.health.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HomeMeanTests {

    @Test
    void aMeanOnAHalfIsWrittenUpAndTheVerdictReadsTheFigureWritten() {
        // 134 and 135 systolic: 134.5, written 135, so at the threshold; the page once said "135/81 Below".
        HomeMean half = HomeMean.of(2, 134 + 135, 81 + 81);
        assertThat(half.value()).isEqualTo("135/81");
        assertThat(half.atOrAbove(BpGuideline.ESH_2023)).isTrue();
        // 84.5 diastolic is written 85: at the threshold too.
        assertThat(HomeMean.of(2, 120 + 121, 84 + 85).value()).isEqualTo("121/85");
        assertThat(HomeMean.of(2, 120 + 121, 84 + 85).atOrAbove(BpGuideline.ESH_2023)).isTrue();
    }

    @Test
    void belowTheHalfStaysBelow() {
        HomeMean mean = HomeMean.of(3, 134 + 134 + 135, 80 + 84 + 85);
        assertThat(mean.value()).isEqualTo("134/83");
        assertThat(mean.atOrAbove(BpGuideline.ESH_2023)).isFalse();
    }

    @Test
    void noReadingsNoMeanAndNoVerdict() {
        assertThat(HomeMean.of(0, 0, 0)).isEqualTo(HomeMean.NONE);
        assertThat(HomeMean.NONE.present()).isFalse();
        assertThat(HomeMean.NONE.atOrAbove(BpGuideline.ESH_2023)).isFalse();
        assertThat(HomeMean.NONE.value()).isEqualTo("\u2013");
    }

    @Test
    void theSpreadIsTheLowestTheHighestAndTheSampleStandardDeviationInWholeMmHg() {
        HomeMean mean = HomeMean.of(new int[] { 120, 130, 140 }, new int[] { 80, 85, 90 });
        assertThat(mean.value()).isEqualTo("130/85");
        assertThat(mean.spread().range()).isEqualTo("120\u2013140/80\u201390");
        // Systolic: squares 100 + 0 + 100 over n - 1 = 2 is 100, SD 10; diastolic: 25 + 0 + 25 over 2, SD 5.
        assertThat(mean.spread().sd()).isEqualTo("10/5");
        HomeMean one = HomeMean.of(new int[] { 128 }, new int[] { 79 });
        assertThat(one.spread().range()).isEqualTo("128\u2013128/79\u201379");
        assertThat(one.spread().sd()).as("no deviation of one reading").isEqualTo("\u2013");
        assertThat(HomeMean.of(new int[0], new int[0])).isEqualTo(HomeMean.NONE);
        assertThat(HomeMean.NONE.spread().range()).isEqualTo("\u2013");
    }
}
