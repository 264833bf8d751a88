package dev.pulseboard.withings.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.Fixtures;

class GoalsTests {

    @Test
    void decodesStepsSleepAndAnExactWeight() {
        Goals goals = Goals.decode(Fixtures.body("getgoals.json"));
        assertThat(goals.steps()).isEqualTo(10_000);
        assertThat(goals.sleepSeconds()).isEqualTo(28_800);
        assertThat(goals.weight()).isEqualByComparingTo("70.5");
    }

    @Test
    void readsAnEmptyArrayAsNoGoals() {
        assertThat(Goals.decode(Fixtures.body("getgoals_empty.json"))).isEqualTo(Goals.NONE);
    }

    @Test
    void keepsTheGoalsOfTheRightShapeAndLeavesOutTheOthers() {
        Goals goals = Goals.decode(Fixtures.body("getgoals_odd.json"));
        assertThat(goals.steps()).as("a number sent as a string").isEqualTo(8000);
        assertThat(goals.sleepSeconds()).as("an object where a number belongs").isNull();
        assertThat(goals.weight()).as("a value that is no number").isNull();
    }

    @Test
    void readsAWeightSentAsABareNumberAsKilograms() {
        Goals goals = Goals.decode(Fixtures.body("getgoals_weight_number.json"));
        assertThat(goals.steps()).isEqualTo(12_000);
        assertThat(goals.weight()).isEqualByComparingTo("68.4");
        assertThat(goals.sleepSeconds()).isNull();
    }
}
