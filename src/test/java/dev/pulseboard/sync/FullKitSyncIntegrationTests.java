package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.sync.fetch.IntradaySync;
import dev.pulseboard.withings.DateQuery;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TimeWindow;
import dev.pulseboard.withings.WithingsClient;

/**
 * The full-kit persona end to end: after the backfill, Pulseboard holds every night, activity day, device and
 * blood-pressure reading that the emulator serves, with the same values.
 * <p>
 * The emulator's personas upload at the same local times every day (alex: a watch ECG at 01:37 and 18:07 Paris, blood
 * pressures at 06:48 and 20:25, weigh-ins and nights in the morning, workouts in the evening), and the test contexts
 * notify none of them: a test that spanned one such minute found the emulator holding one reading more than the
 * store. So this class has a context of its own whose clock, shared with Pulseboard, starts at the next 13:00 in
 * Paris, an hour with no upload for hours either side on any day of the week.
 */
@PulseboardTest
@TestPropertySource(properties = { "pulseboard.test.context=full-kit", "pulseboard.emulator.shared-clock=true" })
class FullKitSyncIntegrationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    WithingsClient client;

    @Autowired
    Connections connections;

    @Autowired
    DailyData daily;

    @Autowired
    Measurements measurements;

    @Autowired
    Recordings recordings;

    @Autowired
    Syncs syncs;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void atAQuietHour() {
        ZonedDateTime now = emulator.clock().now().atZone(PARIS);
        ZonedDateTime oneOClock = now.toLocalDate().atTime(13, 0).atZone(PARIS);
        emulator.clock().set((oneOClock.isAfter(now) ? oneOClock : oneOClock.plusDays(1)).toInstant());
    }

    @AfterEach
    void backToNow() {
        emulator.clock().resetOffset();
    }

    /** The day it is in {@code zone} by the emulator's (and Pulseboard's) clock. */
    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(emulator.clock().now(), zone);
    }

    @Test
    void storesEveryNightActivityDayDeviceAndBloodPressureReading() {
        Api api = new Api(port);
        String token = Household.token(api);
        Household.releaseWithingsUser(api, token, "10000001");
        long id = Household.addMember(api, token, "Full kit");
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, id)).location()).endsWith("?connected");
        Poll.until(Duration.ofSeconds(90), "the backfill", () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return s.get("lastSuccessAt").isNull() ? null : s;
        });
        MemberId member = MemberId.of(id);
        var tokens = connections.accessTokens(member);

        var summaries = client.allSleepSummaries(tokens, DateQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE);
        var nights = daily.nights(member, LocalDate.of(1970, 1, 1), LocalDate.of(9999, 1, 1));
        assertThat(nights).hasSize(summaries.size()).hasSizeGreaterThan(300);
        var last = summaries.stream().max(Comparator.comparing(s -> s.start())).orElseThrow();
        var stored = nights.stream().filter(n -> n.withingsId() == last.id()).findFirst().orElseThrow();
        assertThat(stored.date()).isEqualTo(last.date());
        assertThat(stored.totalSleepSeconds()).isEqualTo(last.data().totalSleepTime());
        assertThat(stored.score()).isEqualTo(last.data().sleepScore());
        assertThat(stored.efficiency()).isEqualByComparingTo(last.data().sleepEfficiency());

        var activities = client.allActivity(tokens, DateQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE);
        var days = daily.activity(member, LocalDate.of(1970, 1, 1), LocalDate.of(9999, 1, 1));
        assertThat(days).hasSize(activities.stream().map(a -> a.date()).collect(Collectors.toSet()).size())
                .hasSizeGreaterThan(300);

        assertThat(daily.devices(member)).hasSize(client.devices(tokens, Priority.INTERACTIVE).size()).isNotEmpty();

        var systolic = measurements.series(member, MeasurementType.SYSTOLIC_BP, null, null);
        assertThat(systolic).hasSize(emulator.readings("alex", 10, 1).size()).isNotEmpty();
        String zone = emulator.personas().stream().filter(p -> p.id().equals("alex")).findFirst().orElseThrow()
                .timezone();
        assertThat(systolic).allSatisfy(r -> assertThat(r.timeZone()).isEqualTo(zone));
        assertThat(connections.status(member).timeZone()).hasToString(zone);
        var measurementsApi = api.get("/api/v1/members/" + id + "/measurements?type=systolic_bp&from=2000-01-01",
                token).json().get("items");
        assertThat(measurementsApi.get(0).get("timeZone").asString()).isEqualTo(zone);
        assertWholeBodyAndSegmentsEqualTheEmulators(api, token, id, member);

        Instant now = emulator.clock().now();
        var ecgs = client.allEcgRecordings(tokens, TimeWindow.of(Instant.EPOCH, now),
                Priority.INTERACTIVE);
        var storedEcgs = recordings.ecgs(member, Instant.EPOCH, now.plusSeconds(60));
        assertThat(storedEcgs).hasSize(ecgs.size()).isNotEmpty().allSatisfy(e -> assertThat(e.hasSignal()).isTrue());
        var firstEcg = ecgs.get(0);
        var strip = recordings.ecg(member, firstEcg.signalId()).orElseThrow();
        var signal = client.ecgSignal(tokens, firstEcg.signalId(), Priority.INTERACTIVE);
        assertThat(strip.microvolts()).containsExactly(signal.signal().stream().mapToInt(Integer::intValue).toArray());
        assertThat(strip.samplingFrequency()).isEqualTo(signal.samplingFrequency());
        assertThat(strip.afib()).isEqualTo(firstEcg.afib());

        var hypnogram = recordings.hypnogram(member, last.id());
        var segments = client.sleep(tokens, TimeWindow.of(last.start(), last.end()),
                Priority.INTERACTIVE);
        assertThat(hypnogram.segments()).hasSize(segments.size()).isNotEmpty();
        long hrSamples = segments.stream().mapToLong(sg -> sg.series("hr").size()).sum();
        assertThat(hypnogram.vitals().get("hr")).hasSize((int) hrSamples);
        var hypnogramApi = api.get("/api/v1/members/" + id + "/sleep/" + last.date() + "/hypnogram", token).json();
        assertThat(hypnogramApi.get(0).get("segments").size()).isEqualTo(segments.size());
        var stripApi = api.get("/api/v1/members/" + id + "/ecg/" + firstEcg.signalId(), token).json();
        assertThat(stripApi.get("microvolts").size()).isEqualTo(signal.signal().size());

        var workouts = client.allWorkouts(tokens, DateQuery.updatedSince(Instant.EPOCH), Priority.INTERACTIVE);
        var workoutsApi = api.get("/api/v1/members/" + id + "/workouts", token).json().get("items");
        assertThat(workoutsApi.size()).isEqualTo(workouts.size()).isPositive();

        // Intraday of a day is the member's local day (alex lives in Paris), as nights and activity days are: from
        // local midnight, which is 23:00 or 22:00 UTC the day before, to the next.
        ZoneId paris = PARIS;
        LocalDate yesterday = today(paris).minusDays(1);
        Instant localMidnight = yesterday.atStartOfDay(paris).toInstant();
        Instant nextMidnight = yesterday.plusDays(1).atStartOfDay(paris).toInstant();
        long heartSamples = IntradaySync.utcDays(yesterday, paris).stream().flatMap(utcDay -> {
            var start = utcDay.atStartOfDay(ZoneOffset.UTC).toInstant();
            return client.intradayActivity(tokens, TimeWindow.of(start, start.plusSeconds(86_399)),
                    Priority.INTERACTIVE).stream();
        }).filter(x -> x.heartRate() != null && !x.time().isBefore(localMidnight) && x.time().isBefore(nextMidnight))
                .count();
        var intradayApi = api.get("/api/v1/members/" + id + "/intraday?date=" + yesterday + "&field=heart_rate", token)
                .json().get("items");
        assertThat(intradayApi.size()).isEqualTo((int) heartSamples).isPositive();
        assertThat(Instant.parse(intradayApi.get(0).get("time").asString())).isEqualTo(localMidnight);
        assertThat(Instant.parse(intradayApi.get(intradayApi.size() - 1).get("time").asString()))
                .isBefore(nextMidnight);

        var sleepApi = api.get("/api/v1/members/" + id + "/sleep?from=2000-01-01", token).json().get("items");
        assertThat(sleepApi.size()).isEqualTo(nights.size());
        var lastNight = sleepApi.get(sleepApi.size() - 1);
        assertThat(lastNight.get("efficiency").asDouble()).isBetween(0.0, 1.0);
        var activityApi = api.get("/api/v1/members/" + id + "/activity", token).json().get("items");
        assertThat(activityApi.size()).isEqualTo(days.size());
        assertThat(api.get("/api/v1/members/" + id + "/activity?from=tomorrow", token).status()).isEqualTo(400);

        // The goals set in the (emulated) Withings app, read with the backfill.
        var withingsGoals = client.goals(tokens, Priority.INTERACTIVE);
        var goalsApi = api.get("/api/v1/members/" + id + "/goals", token).json();
        assertThat(goalsApi.get("steps").asInt()).isEqualTo(withingsGoals.steps());
        assertThat(goalsApi.get("sleepSeconds").asInt()).isEqualTo(withingsGoals.sleepSeconds());
        assertThat(goalsApi.get("weightKg").decimalValue()).isEqualByComparingTo(withingsGoals.weight());
        String goalsUpdatedAt = goalsApi.get("updatedAt").asString();
        assertThat(goalsUpdatedAt).isNotBlank();

        // A second full sync with nothing new: one "anything new?" call per data type, no hypnogram again, and
        // intraday only for the days still running (today, and yesterday until the member's activity moves on).
        var firstRun = api.get("/api/v1/members/" + id + "/sync", token).json().get("lastSuccessAt").asString();
        long storedBefore = measurements.count(member);
        var before = emulatorCalls(api);
        assertThat(api.post("/api/v1/members/" + id + "/sync", token, null).status()).isEqualTo(202);
        Poll.until(Duration.ofSeconds(30), "the second sync", () -> !firstRun.equals(
                api.get("/api/v1/members/" + id + "/sync", token).json().get("lastSuccessAt").asString()));
        var after = emulatorCalls(api);
        assertThat(after.path("/v2/measure getintradayactivity").asInt()
                - before.path("/v2/measure getintradayactivity").asInt()).isBetween(1, 2);
        assertThat(after.path("/v2/sleep get").asInt()).isEqualTo(before.path("/v2/sleep get").asInt());
        assertThat(measurements.count(member)).as("a re-sync changes nothing").isEqualTo(storedBefore);
        assertThat(measurements.series(member, MeasurementType.FAT_MASS, null, null))
                .hasSize(emulator.readings("alex", 8, 1).size());
        assertThat(after.path("/v2/user getgoals").asInt()).as("goals at most once a day")
                .isEqualTo(before.path("/v2/user getgoals").asInt());
        assertThat(api.get("/api/v1/members/" + id + "/goals", token).json().get("updatedAt").asString())
                .isEqualTo(goalsUpdatedAt);
        assertThat(after.path("/v2/sleep getsummary").asInt() - before.path("/v2/sleep getsummary").asInt())
                .isEqualTo(1);

        // A night older than the synced window: its hypnogram is fetched on first view, then kept.
        var oldNight = nights.stream().filter(n -> n.date().isBefore(today(ZoneOffset.UTC).minusDays(400))).findFirst()
                .orElseThrow();
        assertThat(recordings.hasHypnogram(member, oldNight.withingsId())).isFalse();
        var oldApi = api.get("/api/v1/members/" + id + "/sleep/" + oldNight.date() + "/hypnogram", token).json();
        var oldSegments = client.sleep(tokens, TimeWindow.of(oldNight.start(),
                oldNight.end()), Priority.INTERACTIVE);
        assertThat(oldApi.get(0).get("segments").size()).isEqualTo(oldSegments.size()).isPositive();
        assertThat(recordings.hasHypnogram(member, oldNight.withingsId())).isTrue();

        // A day of the intraday window not stored (notified runs leave them) is fetched on first view, then kept.
        LocalDate fiveDaysAgo = today(ZoneOffset.UTC).minusDays(5);
        jdbc.sql("delete from intraday_series where member_id = ? and series_day = ?")
                .params(id, Date.valueOf(fiveDaysAgo)).update();
        String stepsOfThatDay = "/api/v1/members/" + id + "/intraday?date=" + fiveDaysAgo + "&field=steps";
        int intradayCalls = emulatorCalls(api).path("/v2/measure getintradayactivity").asInt();
        assertThat(api.get(stepsOfThatDay, token).json().get("items").size()).isPositive();
        assertThat(api.get(stepsOfThatDay, token).json().get("items").size()).isPositive();
        assertThat(emulatorCalls(api).path("/v2/measure getintradayactivity").asInt()).isEqualTo(intradayCalls + 1);

        // The weekly safety net reads only what no run read lately: here nothing (every data type was read by the
        // sync above: a lastupdate read since a lost notification has fetched what it announced); no 30-day re-read
        // of measurements, and no intraday, not even a finished day missing from the store: a day is fetched when
        // asked for (or by "Sync now").
        LocalDate fourDaysAgo = fiveDaysAgo.plusDays(1);
        assertThat(jdbc.sql("delete from intraday_series where member_id = ? and series_day = ?")
                .params(id, Date.valueOf(fourDaysAgo)).update()).isPositive();
        var beforeNet = emulatorCalls(api);
        safetyNet(api, token, id, member);
        var afterNet = emulatorCalls(api);
        ToIntFunction<String> spent = k -> afterNet.path(k).asInt() - beforeNet.path(k).asInt();
        for (String read : List.of("/measure getmeas", "/v2/sleep getsummary", "/v2/heart list",
                "/v2/measure getactivity", "/v2/measure getworkouts", "/v2/measure getintradayactivity")) {
            assertThat(spent.applyAsInt(read)).as(read).isZero();
        }
        assertThat(measurements.count(member)).as("the safety net changes nothing here").isEqualTo(storedBefore);
        String stepsOfTheMissingDay = "/api/v1/members/" + id + "/intraday?date=" + fourDaysAgo + "&field=steps";
        assertThat(api.get(stepsOfTheMissingDay, token).json().get("items").size()).isPositive();
        assertThat(emulatorCalls(api).path("/v2/measure getintradayactivity").asInt())
                .isEqualTo(afterNet.path("/v2/measure getintradayactivity").asInt() + 1);
        // A day Withings is not asked about and nothing is stored for is refused, not answered as a day without data.
        var longAgo = api.get("/api/v1/members/" + id + "/intraday?date=2020-01-01", token);
        assertThat(longAgo.status()).isEqualTo(400);
        assertThat(longAgo.json().get("detail").asString()).contains("last 30 days", "(Europe/Paris)",
                "2020-01-01 is before them");
        var tomorrow = api.get("/api/v1/members/" + id + "/intraday?date=" + today(paris).plusDays(1), token);
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.json().get("detail").asString()).contains("is later");

        // Readings of the last three days whose notifications were lost, and no run has read measures or nights for
        // a week: the safety net reads both (one lastupdate call each), and the readings are all there again.
        Instant cutoff = jdbc.sql("select max(modified_at) from measurement where member_id = ?").param(id)
                .query(Timestamp.class).single().toInstant().minus(Duration.ofDays(3));
        assertThat(jdbc.sql("delete from measurement where member_id = ? and modified_at > ?")
                .params(id, Timestamp.from(cutoff)).update()).isPositive();
        jdbc.sql("update sync_cursor set last_update = ? where member_id = ? and data_type = 'measures'")
                .params(cutoff.getEpochSecond(), id).update();
        jdbc.sql("update sync_cursor set finished_at = ? where member_id = ? and data_type in ('measures', 'sleep')")
                .params(Timestamp.from(emulator.clock().now().minus(Duration.ofDays(7))), id).update();
        var beforeStale = emulatorCalls(api);
        safetyNet(api, token, id, member);
        var afterStale = emulatorCalls(api);
        ToIntFunction<String> staleSpent = k -> afterStale.path(k).asInt() - beforeStale.path(k).asInt();
        assertThat(staleSpent.applyAsInt("/measure getmeas")).isEqualTo(1);
        assertThat(staleSpent.applyAsInt("/v2/sleep getsummary")).isEqualTo(1);
        assertThat(staleSpent.applyAsInt("/v2/heart list")).isZero();
        assertThat(staleSpent.applyAsInt("/v2/measure getactivity")).isZero();
        assertThat(measurements.count(member)).as("nothing lost").isEqualTo(storedBefore);
    }

    /** Runs the safety net and waits until it has succeeded. */
    private void safetyNet(Api api, String token, long id, MemberId member) {
        String last = api.get("/api/v1/members/" + id + "/sync", token).json().get("lastSuccessAt").asString();
        syncs.requestSafetyNet(member);
        Poll.until(Duration.ofSeconds(30), "the safety net", () -> !last.equals(
                api.get("/api/v1/members/" + id + "/sync", token).json().get("lastSuccessAt").asString()));
    }

    /**
     * The Body Scan's whole-body composition (sent at position 7, fat and muscle mass twice) is in the member's series,
     * one value per weigh-in, equal to the emulator's; its five segments per segmental type too, served with a
     * position.
     */
    private void assertWholeBodyAndSegmentsEqualTheEmulators(Api api, String token, long id, MemberId member) {
        int scans = emulator.readings("alex", 226, 1).size();
        assertThat(scans).as("Body Scan weigh-ins").isGreaterThan(300);
        for (MeasurementType type : MeasurementType.values()) {
            if (type.isSegmental()) {
                continue;
            }
            var expected = emulator.readings("alex", type.withingsCode(), 1).stream()
                    .map(r -> r.time().getEpochSecond() + "=" + r.value().stripTrailingZeros().toPlainString())
                    .sorted().toList();
            var stored = measurements.series(member, type, null, null).stream()
                    .map(r -> r.time().getEpochSecond() + "=" + r.value().stripTrailingZeros().toPlainString())
                    .sorted().toList();
            assertThat(stored).as(type.apiName()).isEqualTo(expected);
        }
        for (MeasurementType scanOnly : List.of(MeasurementType.EXTRACELLULAR_WATER,
                MeasurementType.INTRACELLULAR_WATER, MeasurementType.VISCERAL_FAT)) {
            assertThat(measurements.series(member, scanOnly, null, null)).as(scanOnly.apiName()).hasSize(scans);
        }
        for (MeasurementType feet : List.of(MeasurementType.NERVE_HEALTH_SCORE, MeasurementType.NERVE_HEALTH_LEFT_FOOT,
                MeasurementType.NERVE_HEALTH_RIGHT_FOOT, MeasurementType.ELECTRODERMAL_ACTIVITY_FEET,
                MeasurementType.ELECTRODERMAL_ACTIVITY_LEFT_FOOT, MeasurementType.ELECTRODERMAL_ACTIVITY_RIGHT_FOOT)) {
            assertThat(measurements.series(member, feet, null, null)).as("the Body Scan's nerve-health assessments: "
                    + feet.apiName()).hasSizeGreaterThan(20);
        }
        for (MeasurementType interval : List.of(MeasurementType.QRS_INTERVAL, MeasurementType.PR_INTERVAL,
                MeasurementType.QT_INTERVAL, MeasurementType.QTC_INTERVAL)) {
            assertThat(measurements.series(member, interval, null, null)).as("the BPM Core ECGs' intervals, in their"
                    + " groups: " + interval.apiName()).hasSizeGreaterThan(20);
        }
        var conductance = api.get("/api/v1/members/" + id + "/measurements?type=electrodermal_activity_feet", token)
                .json().get("items");
        assertThat(conductance.get(0).get("unit").asString()).as("Withings documents no unit").isEmpty();
        for (int position : new int[] { 2, 3, 10, 11, 12 }) {
            var expected = emulator.segmentReadings("alex", 175, position).stream()
                    .map(r -> r.value().stripTrailingZeros().toPlainString()).toList();
            var stored = measurements.positioned(member, MeasurementType.SEGMENT_MUSCLE_MASS, position, null, null)
                    .stream().map(r -> r.value().stripTrailingZeros().toPlainString()).toList();
            assertThat(stored).as("segment muscle mass at " + position).hasSize(scans).isEqualTo(expected);
        }
        var leftArm = api.get("/api/v1/members/" + id
                + "/measurements?type=segment_muscle_mass&position=left_arm", token).json().get("items");
        assertThat(leftArm.size()).isEqualTo(scans);
        assertThat(leftArm.get(0).get("position").asString()).isEqualTo("left_arm");
        var all = api.get("/api/v1/members/" + id + "/measurements?type=segment_fat_mass", token).json().get("items");
        assertThat(all.size()).isEqualTo(5 * scans);
        var positions = new TreeSet<String>();
        all.forEach(item -> positions.add(item.get("position").asString()));
        assertThat(positions).containsExactly("left_arm", "left_leg", "right_arm", "right_leg", "torso");
        assertThat(api.get("/api/v1/members/" + id + "/measurements?type=segment_fat_mass&position=elbow", token)
                .status()).isEqualTo(400);
    }

    private static JsonNode emulatorCalls(Api api) {
        return api.getUrl(api.base() + "/emulator/withings/_admin/stats").json().get("requests");
    }
}
