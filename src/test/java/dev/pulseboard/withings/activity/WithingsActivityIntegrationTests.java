package dev.pulseboard.withings.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.ClientTestSupport;
import dev.pulseboard.withings.DateQuery;
import dev.pulseboard.withings.FakeWithings;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TimeWindow;
import dev.pulseboard.withings.measure.Attrib;

class WithingsActivityIntegrationTests extends ClientTestSupport {

    @Test
    void sendsGetactivityWithDaysAndEveryDataFieldAndParsesDays() {
        withings.reply("/v2/measure", "getactivity", "getactivity.json");

        ActivityPage page = client.activity(tokens, DateQuery.between(LocalDate.of(2026, 2, 27),
                LocalDate.of(2026, 2, 28)), 0, Priority.BACKFILL);

        FakeWithings.Request sent = withings.onlyRequest();
        assertThat(sent.path()).isEqualTo("/v2/measure");
        assertThat(sent.authorization()).isEqualTo("Bearer token-1");
        assertThat(sent.form()).containsEntry("action", "getactivity").containsEntry("startdateymd", "2026-02-27")
                .containsEntry("enddateymd", "2026-02-28").doesNotContainKeys("lastupdate", "offset");
        assertThat(sent.form().get("data_fields").split(",")).contains("steps", "totalcalories", "hr_zone_3");
        assertThat(page.more()).isFalse();
        assertThat(page.offset()).isEqualTo(200);
        Activity external = page.activities().get(0);
        assertThat(external.date()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(external.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(external.deviceId()).isNull();
        assertThat(external.brand()).isEqualTo(18);
        assertThat(external.tracker()).isFalse();
        assertThat(external.modelId()).isEqualTo(1055);
        assertThat(external.distance()).isEqualByComparingTo("6021.37");
        assertThat(external.calories()).isEqualByComparingTo("312.5");
        assertThat(external.hrAverage()).isNull();
        Activity watch = page.activities().get(1);
        assertThat(watch.modelId()).isEqualTo(93);
        assertThat(watch.steps()).isEqualTo(10456);
        assertThat(watch.elevation()).isEqualByComparingTo("11");
        assertThat(watch.modified()).isEqualTo(Instant.ofEpochSecond(1772326400));
        assertThat(List.of(watch.hrZone0(), watch.hrZone1(), watch.hrZone2(), watch.hrZone3()))
                .containsExactly(50000, 2400, 600, 60);
    }

    @Test
    void readsTheZeroHeartRatesOfAnExternalSourceAsNone() {
        withings.reply("/v2/measure", "getactivity", "getactivity_no_heart_rate.json")
                .reply("/v2/measure", "getworkouts", "getworkouts_no_heart_rate.json");

        List<Activity> days = client.activity(tokens, DateQuery.between(LocalDate.of(2023, 10, 21),
                LocalDate.of(2023, 10, 22)), 0, Priority.BACKFILL).activities();
        List<Workout> workouts = client.allWorkouts(tokens, DateQuery.between(LocalDate.of(2023, 8, 29),
                LocalDate.of(2023, 8, 29)), Priority.BACKFILL);

        Activity googleFit = days.get(0);
        assertThat(googleFit.brand()).isEqualTo(18);
        assertThat(googleFit.steps()).isEqualTo(1155);
        assertThat(Arrays.asList(googleFit.hrAverage(), googleFit.hrMin(), googleFit.hrMax(), googleFit.hrZone0(),
                googleFit.hrZone1(), googleFit.hrZone2(), googleFit.hrZone3())).containsOnlyNulls();
        Activity watch = days.get(1);
        assertThat(List.of(watch.hrAverage(), watch.hrMin(), watch.hrMax())).containsExactly(68, 51, 118);
        assertThat(List.of(watch.hrZone0(), watch.hrZone1(), watch.hrZone2(), watch.hrZone3()))
                .as("with a heart rate, a zone never reached is 0 s").containsExactly(61200, 1800, 240, 0);
        WorkoutData walk = workouts.get(0).data();
        assertThat(walk.steps()).isEqualTo(779);
        assertThat(walk.intensity()).isEqualTo(30);
        assertThat(Arrays.asList(walk.hrAverage(), walk.hrMin(), walk.hrMax(), walk.hrZone0(), walk.hrZone1(),
                walk.hrZone2(), walk.hrZone3())).containsOnlyNulls();
        assertThat(walk.pauseDuration()).as("only heart rates read 0 as none").isZero();
    }

    @Test
    void followsActivityPagesWithLastupdate() {
        withings.reply("/v2/measure", "getactivity", "getactivity_page1.json")
                .reply("/v2/measure", "getactivity", "getactivity.json");

        List<Activity> days = client.allActivity(tokens, DateQuery.updatedSince(Instant.ofEpochSecond(1772000000))
                .withDataFields("steps"), Priority.BACKFILL);

        assertThat(days).extracting(Activity::date).containsExactly(LocalDate.of(2026, 2, 26),
                LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 28));
        assertThat(withings.requests()).extracting(r -> r.form().get("offset")).containsExactly(null, "1");
        assertThat(withings.requests()).allSatisfy(r -> assertThat(r.form()).containsEntry("lastupdate", "1772000000")
                .containsEntry("data_fields", "steps").doesNotContainKeys("startdateymd", "enddateymd"));
    }

    @Test
    void readsIntradaySeriesKeyedByEpochInTimeOrder() {
        withings.reply("/v2/measure", "getintradayactivity", "getintradayactivity.json");
        Instant start = Instant.ofEpochSecond(1772352000);

        List<IntradaySample> samples = client.intradayActivity(tokens, TimeWindow.of(start,
                start.plusSeconds(86400)), Priority.INTERACTIVE);

        assertThat(withings.onlyRequest().form()).containsEntry("action", "getintradayactivity")
                .containsEntry("startdate", "1772352000").containsEntry("enddate", "1772438400");
        assertThat(samples).extracting(IntradaySample::time).containsExactly(Instant.ofEpochSecond(1772355600),
                Instant.ofEpochSecond(1772355660), Instant.ofEpochSecond(1772355720));
        assertThat(samples.get(0).steps()).isEqualTo(21);
        assertThat(samples.get(1).calories()).isEqualByComparingTo("0.84");
        assertThat(samples.get(1).heartRate()).isEqualTo(82);
        assertThat(samples.get(2).spo2Auto()).isEqualByComparingTo("97");
        assertThat(samples.get(2).rmssd()).isEqualByComparingTo("41.5");
        assertThat(samples.get(2).modelId()).isEqualTo(93);
    }

    @Test
    void readsAnEmptyIntradaySeriesSentAsArray() {
        withings.reply("/v2/measure", "getintradayactivity", "getintradayactivity_empty.json");

        assertThat(client.intradayActivity(tokens, TimeWindow.of(Instant.EPOCH, Instant.ofEpochSecond(3600)),
                Priority.INTERACTIVE)).isEmpty();
    }

    @Test
    void refusesIntradayWindowsOverADay() {
        assertThatThrownBy(() -> client.intradayActivity(tokens, TimeWindow.of(Instant.EPOCH,
                Instant.ofEpochSecond(86401)), Priority.INTERACTIVE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(withings.requests()).isEmpty();
    }

    @Test
    void readsWorkoutsWithFloatsUnknownCategoriesAndEmptyData() {
        withings.reply("/v2/measure", "getworkouts", "getworkouts.json");

        List<Workout> workouts = client.allWorkouts(tokens, DateQuery.between(LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 2, 28)), Priority.NOTIFICATION);

        assertThat(withings.onlyRequest().form()).containsEntry("action", "getworkouts")
                .containsEntry("startdateymd", "2026-02-28");
        Workout run = workouts.get(0);
        assertThat(run.id()).isEqualTo(90001);
        assertThat(run.category()).isEqualTo(WorkoutCategory.RUN);
        assertThat(run.attrib()).isEqualTo(Attrib.CONFIRMED);
        assertThat(run.model()).isEqualTo(93);
        assertThat(run.start()).isEqualTo(Instant.ofEpochSecond(1772280000));
        assertThat(run.end()).isEqualTo(Instant.ofEpochSecond(1772283600));
        assertThat(run.date()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(run.data().calories()).isEqualByComparingTo(new BigDecimal("512.7"));
        assertThat(run.data().steps()).isEqualTo(9021);
        assertThat(run.data().hrMax()).isEqualTo(178);
        assertThat(run.data().spo2Average()).isNull();
        assertThat(run.data().coreBodyTemperatureStatus()).isEqualTo("usual");
        Workout unknown = workouts.get(1);
        assertThat(unknown.category().name()).isEqualTo("unknown 999");
        assertThat(unknown.deviceId()).isNull();
        assertThat(unknown.data().calories()).isNull();
    }
}
