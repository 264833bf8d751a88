package dev.pulseboard.withings.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.ClientTestSupport;
import dev.pulseboard.withings.DateQuery;
import dev.pulseboard.withings.FakeWithings;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TimeWindow;

class WithingsSleepIntegrationTests extends ClientTestSupport {

    @Test
    void readsSleepSegmentsWithVitalsKeyedByEpoch() {
        withings.reply("/v2/sleep", "get", "sleep_get.json");

        List<SleepSegment> segments = client.sleep(tokens, TimeWindow.of(Instant.ofEpochSecond(1772300000),
                Instant.ofEpochSecond(1772386400)), Priority.NOTIFICATION);

        FakeWithings.Request sent = withings.onlyRequest();
        assertThat(sent.path()).isEqualTo("/v2/sleep");
        assertThat(sent.form()).containsEntry("action", "get").containsEntry("startdate", "1772300000")
                .containsEntry("enddate", "1772386400");
        assertThat(sent.form().get("data_fields").split(",")).contains("hr", "rr", "snoring", "sdnn_1");
        assertThat(segments).extracting(SleepSegment::state).containsExactly(SleepState.LIGHT, SleepState.REM,
                SleepState.fromCode(42));
        SleepSegment light = segments.get(0);
        assertThat(light.start()).isEqualTo(Instant.ofEpochSecond(1772318400));
        assertThat(light.end()).isEqualTo(Instant.ofEpochSecond(1772318580));
        assertThat(light.model()).isEqualTo("Aura Sensor V2");
        assertThat(light.modelId()).isEqualTo(63);
        assertThat(light.deviceId()).isEqualTo("d3adb33fd3adb33fd3adb33fd3adb33fd3adb33f");
        assertThat(light.series("hr").keySet()).containsExactly(Instant.ofEpochSecond(1772318400),
                Instant.ofEpochSecond(1772318460), Instant.ofEpochSecond(1772318520));
        assertThat(light.series("hr").values()).containsExactly(new BigDecimal("62"), new BigDecimal("61"),
                new BigDecimal("60"));
        assertThat(light.series("rr")).hasSize(2);
        assertThat(light.series("sdnn_1")).isEmpty();
        assertThat(light.vitals()).containsOnlyKeys("hr", "rr", "snoring");
        assertThat(segments.get(2).series("hr")).isEmpty();
    }

    @Test
    void followsSleepSummaryPagesAndReadsEveryField() {
        withings.reply("/v2/sleep", "getsummary", "sleep_getsummary_page1.json")
                .reply("/v2/sleep", "getsummary", "sleep_getsummary_page2.json");

        List<SleepSummary> nights = client.allSleepSummaries(tokens, DateQuery.between(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2)), Priority.BACKFILL);

        assertThat(withings.requests()).extracting(r -> r.form().get("offset")).containsExactly(null, "1");
        assertThat(withings.requests().get(0).form()).containsEntry("startdateymd", "2026-03-01")
                .containsEntry("enddateymd", "2026-03-02");
        assertThat(withings.requests().get(0).form().get("data_fields").split(","))
                .contains("total_sleep_time", "sleep_score", "night_events", "core_body_temperature_status");
        SleepSummary night = nights.get(0);
        assertThat(night.id()).isEqualTo(3100001);
        assertThat(night.model()).isEqualTo(32);
        assertThat(night.modelId()).isEqualTo(63);
        assertThat(night.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(night.start()).isEqualTo(Instant.ofEpochSecond(1772316000));
        assertThat(night.completed()).isTrue();
        SleepData data = night.data();
        assertThat(data.totalSleepTime()).isEqualTo(25200);
        assertThat(data.lightSleepDuration()).isEqualTo(13000);
        assertThat(data.deepSleepDuration()).isEqualTo(6200);
        assertThat(data.remSleepDuration()).isEqualTo(6000);
        assertThat(data.wakeupDuration()).isEqualTo(2700);
        assertThat(data.sleepEfficiency()).isEqualByComparingTo("0.875");
        assertThat(data.sleepScore()).isEqualTo(82);
        assertThat(data.sleepLatency()).isEqualTo(900);
        assertThat(data.wakeupLatency()).isEqualTo(300);
        assertThat(data.durationToSleep()).isNull();
        assertThat(data.hrAverage()).isEqualTo(58);
        assertThat(data.rrAverage()).isEqualTo(14);
        assertThat(data.breathingDisturbancesIntensity()).isEqualTo(12);
        assertThat(data.snoring()).isEqualTo(1260);
        assertThat(data.apneaHypopneaIndex()).isEqualByComparingTo("3.5");
        assertThat(data.withingsIndex()).isNull();
        assertThat(data.nightEvents()).containsEntry(3, List.of(10800, 20000)).containsEntry(1, List.of(0));
        SleepSummary partial = nights.get(1);
        assertThat(partial.model()).isEqualTo(16);
        assertThat(partial.completed()).isFalse();
        assertThat(partial.data().totalSleepTime()).isNull();
        assertThat(partial.data().nightEvents()).isEmpty();
    }
}
