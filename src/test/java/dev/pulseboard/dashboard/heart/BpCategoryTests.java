package dev.pulseboard.dashboard.heart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BpCategoryTests {

    @ParameterizedTest(name = "{0}/{1} is {2}")
    @CsvSource({
            "119, 79, OPTIMAL", "120, 79, NORMAL", "119, 80, NORMAL", "129.6, 84, NORMAL",
            "130, 70, HIGH_NORMAL", "110, 85, HIGH_NORMAL", "139, 89, HIGH_NORMAL",
            "140, 60, GRADE_1", "118, 90, GRADE_1", "159, 99, GRADE_1",
            "160, 80, GRADE_2", "135, 100, GRADE_2", "179, 109, GRADE_2",
            "180, 70, GRADE_3", "120, 110, GRADE_3", "150, 115, GRADE_3" })
    void takesTheHigherCategoryOfSystolicAndDiastolic(double systolic, double diastolic, BpCategory expected) {
        assertThat(BpCategory.of(systolic, diastolic)).isEqualTo(expected);
    }
}
