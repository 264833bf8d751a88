package dev.pulseboard.health.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AdultCategoriesTests {

    private final AdultCategories born2010 = new AdultCategories(LocalDate.of(2010, 6, 15));

    @Test
    void bloodPressureGetsTheAdultCategoriesFromTheSixteenthBirthday() {
        assertThat(born2010.bloodPressure(LocalDate.of(2026, 6, 14))).isFalse();
        assertThat(born2010.bloodPressure(LocalDate.of(2026, 6, 15))).isTrue();
    }

    @Test
    void theBmiGetsTheAdultCategoriesFromTheNineteenthBirthday() {
        assertThat(born2010.bmi(LocalDate.of(2029, 6, 14))).isFalse();
        assertThat(born2010.bmi(LocalDate.of(2029, 6, 15))).isTrue();
        assertThat(born2010.bmi(LocalDate.of(2026, 12, 5))).as("16 and over: blood pressure only").isFalse();
    }

    @Test
    void aMemberBornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheTwentyEighthInOtherYears() {
        AdultCategories leap = new AdultCategories(LocalDate.of(2012, 2, 29));
        assertThat(leap.bloodPressure(LocalDate.of(2028, 2, 28))).isFalse();
        assertThat(leap.bloodPressure(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(leap.bmi(LocalDate.of(2031, 2, 27))).isFalse();
        assertThat(leap.bmi(LocalDate.of(2031, 2, 28))).isTrue();
    }

    @Test
    void withNoDateOfBirthEveryReadingIsAnAdults() {
        assertThat(AdultCategories.UNKNOWN_AGE.bloodPressure(LocalDate.of(1950, 1, 1))).isTrue();
        assertThat(AdultCategories.UNKNOWN_AGE.bmi(LocalDate.of(1950, 1, 1))).isTrue();
    }
}
