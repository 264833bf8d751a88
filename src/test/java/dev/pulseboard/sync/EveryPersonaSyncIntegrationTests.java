package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.withings.activity.Activity;
import dev.pulseboard.withings.measure.Attrib;
import dev.pulseboard.withings.DateQuery;
import dev.pulseboard.withings.measure.MeasureCategory;
import dev.pulseboard.withings.measure.MeasureGroup;
import dev.pulseboard.withings.measure.MeasureQuery;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsClient;

/**
 * Each persona end to end (the full kit, alex, has its own test): after the backfill, every stored reading of every
 * type, every night and every activity day equals what the emulator serves, decoded by the Withings client; a
 * shared scale's ambiguous readings are held back, manual entries kept; nights and days carry the member's local
 * dates across daylight-saving changes (aroha).
 */
@PulseboardTest
class EveryPersonaSyncIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    WithingsClient client;

    @Autowired
    Connections connections;

    @Autowired
    Measurements measurements;

    @Autowired
    DailyData daily;

    @ParameterizedTest
    @ValueSource(strings = { "sam", "nina", "aroha" })
    void storesEveryValueTheEmulatorServes(String persona) {
        String userId = emulator.personas().stream().filter(p -> p.id().equals(persona)).findFirst().orElseThrow()
                .userId();
        Api api = new Api(port);
        String token = Household.token(api);
        Household.releaseWithingsUser(api, token, userId);
        long id = Household.addMember(api, token, Household.named(persona));
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, id, persona)).location()).endsWith("?connected");
        Poll.until(Duration.ofSeconds(90), "the backfill", () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return !s.get("lastSuccessAt").isNull() && "IDLE".equals(s.get("state").asString()) ? s : null;
        });
        MemberId member = MemberId.of(id);
        var tokens = connections.accessTokens(member);

        var groups = MeasureGroup.distinct(client.allMeasures(tokens, MeasureQuery.updatedSince(Instant.EPOCH),
                Priority.INTERACTIVE));
        // What the emulator holds (its own notion of a whole-body value: no position, or 7), not what the client
        // decoded, so a parsing bug in the client cannot hide here.
        for (MeasurementType type : MeasurementType.values()) {
            List<String> served = emulator.readings(persona, type.withingsCode(), 1).stream()
                    .filter(r -> r.attrib() != 1).map(r -> point(r.time(), r.value())).sorted().toList();
            List<String> stored = measurements.series(member, type, null, null).stream()
                    .map(r -> point(r.time(), r.value())).sorted().toList();
            assertThat(stored).as(persona + " " + type).isEqualTo(served);
        }
        long ambiguous = groups.stream().filter(g -> Attrib.AMBIGUOUS.equals(g.attrib())).count();
        assertThat(measurements.pendingAmbiguous(member).stream().map(a -> a.groupId()).distinct().count())
                .isEqualTo(ambiguous);

        var summaries = client.allSleepSummaries(tokens, DateQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE);
        Map<Long, SleepNight> nights = daily.nights(member, LocalDate.of(1970, 1, 1), LocalDate.of(9999, 1, 1))
                .stream().collect(Collectors.toMap(SleepNight::withingsId, n -> n));
        assertThat(nights).hasSize(summaries.size());
        summaries.forEach(s -> {
            SleepNight n = nights.get(s.id());
            assertThat(n.date()).as("night " + s.id()).isEqualTo(s.date());
            assertThat(n.start()).isEqualTo(s.start());
            assertThat(n.end()).isEqualTo(s.end());
            assertThat(n.totalSleepSeconds()).isEqualTo(s.data().totalSleepTime());
            assertThat(n.score()).isEqualTo(s.data().sleepScore());
            assertThat(same(n.efficiency(), s.data().sleepEfficiency())).isTrue();
            assertThat(Arrays.asList(n.wakeupCount(), n.durationToSleepSeconds(), n.durationToWakeupSeconds(),
                    n.snoringEpisodes(), n.hrMin(), n.hrMax())).as("the rest of night " + s.id())
                    .isEqualTo(Arrays.asList(s.data().wakeupCount(), s.data().sleepLatency(),
                            s.data().wakeupLatency(), s.data().snoringEpisodeCount(), s.data().hrMin(),
                            s.data().hrMax()));
        });

        Map<LocalDate, Activity> latest = new LinkedHashMap<>();
        client.allActivity(tokens, DateQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE).stream()
                .filter(a -> a.date() != null).sorted(Comparator.comparing(Activity::modified))
                .forEach(a -> latest.put(a.date(), a));
        Map<LocalDate, ActivityDay> days = daily.activity(member, LocalDate.of(1970, 1, 1), LocalDate.of(9999, 1, 1))
                .stream().collect(Collectors.toMap(ActivityDay::date, d -> d));
        assertThat(days.keySet()).isEqualTo(latest.keySet());
        latest.forEach((date, a) -> {
            ActivityDay d = days.get(date);
            assertThat(d.steps()).as("steps of " + date).isEqualTo(a.steps());
            assertThat(same(d.distanceMeters(), a.distance())).as("distance of " + date).isTrue();
            assertThat(same(d.activeCalories(), a.calories())).as("calories of " + date).isTrue();
            assertThat(d.timezone()).isEqualTo(a.timezone() == null ? null : a.timezone().getId());
            // Another app's day (Sam's, from Google Fit) sends heart rates of 0: no heart rate, not one of 0.
            assertThat(d.hrAverage()).as("heart rate of " + date)
                    .isEqualTo(a.hrAverage() == null || a.hrAverage() == 0 ? null : a.hrAverage());
        });
        if ("sam".equals(persona)) {
            assertThat(latest.values()).as("Sam's steps come from Google Fit").isNotEmpty()
                    .allSatisfy(a -> assertThat(a.brand()).isEqualTo(18));
            assertThat(days.values()).allSatisfy(d -> assertThat(d.source())
                    .isEqualTo("GoogleFit tracker (another app)"));
            assertThat(PageSession.signIn(port).get("/members/" + id + "/activity?range=all").body())
                    .as("the page says where the days come from, and why they have no heart rate")
                    .contains("Recorded by GoogleFit tracker (another app). Another app linked to the Withings account");
        }
        assertThat(daily.devices(member)).hasSize(client.devices(tokens, Priority.INTERACTIVE).size());

        var withingsGoals = client.goals(tokens, Priority.INTERACTIVE);
        var goals = api.get("/api/v1/members/" + id + "/goals", token).json();
        assertThat(goals.get("steps").isNull() ? null : goals.get("steps").asInt()).as(persona + " steps goal")
                .isEqualTo(withingsGoals.steps());
        assertThat(goals.get("sleepSeconds").isNull() ? null : goals.get("sleepSeconds").asInt())
                .isEqualTo(withingsGoals.sleepSeconds());
        assertThat(goals.get("weightKg").isNull()).isEqualTo(withingsGoals.weight() == null);
        if (withingsGoals.weight() != null) {
            assertThat(goals.get("weightKg").decimalValue()).isEqualByComparingTo(withingsGoals.weight());
        }
        assertThat(goals.get("updatedAt").isNull()).as("read with the backfill").isFalse();
    }

    private static String point(Instant time, BigDecimal value) {
        return time.getEpochSecond() + "=" + value.stripTrailingZeros().toPlainString();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || a != null && b != null && a.compareTo(b) == 0;
    }
}
