package dev.pulseboard.sync.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.withings.Fixtures;
import dev.pulseboard.withings.sleep.SleepSummary;
import dev.pulseboard.withings.sleep.SleepSummaryPage;

class SleepSyncTests {

    @Test
    void takesFallingAsleepAndGettingUpFromTheCurrentLatenciesBeforeTheDeprecatedDurations() {
        List<SleepSummary> summaries = SleepSummaryPage.decode(Fixtures.body("sleep_getsummary_latencies.json"),
                "series").summaries();
        List<SleepNight> nights = summaries.stream().map(SleepSync::night).toList();

        assertThat(nights).extracting(SleepNight::withingsId).containsExactly(3200001L, 3200002L, 3200003L);
        SleepNight both = nights.get(0);
        assertThat(both.durationToSleepSeconds()).as("sleep_latency wins over durationtosleep").isEqualTo(720);
        assertThat(both.durationToWakeupSeconds()).as("wakeup_latency wins over durationtowakeup").isEqualTo(180);
        assertThat(summaries.get(0).data().durationToSleep()).as("the deprecated field is still read as sent")
                .isEqualTo(1500);
        SleepNight current = nights.get(1);
        assertThat(current.durationToSleepSeconds()).isEqualTo(540);
        assertThat(current.durationToWakeupSeconds()).isEqualTo(240);
        SleepNight deprecated = nights.get(2);
        assertThat(deprecated.durationToSleepSeconds()).as("durationtosleep when sleep_latency is absent")
                .isEqualTo(960);
        assertThat(deprecated.durationToWakeupSeconds()).isEqualTo(420);
    }
}
