package dev.pulseboard.dashboard.heart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BpCategoryTests {

    @ParameterizedTest(name = "{0}/{1} is {2}")
    @CsvSource({
            "119, 79, BELOW", "134.6, 84, BELOW", "134, 84.9, BELOW",
            "135, 70, AT_OR_ABOVE", "110, 85, AT_OR_ABOVE", "138, 86, AT_OR_ABOVE", "179, 109, AT_OR_ABOVE",
            "180, 70, VERY_HIGH", "120, 110, VERY_HIGH", "150, 115, VERY_HIGH" })
    void takesTheHigherMarkOfSystolicAndDiastolic(double systolic, double diastolic, BpCategory expected) {
        assertThat(BpCategory.of(systolic, diastolic)).isEqualTo(expected);
    }
}
