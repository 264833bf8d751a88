package dev.pulseboard.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.sync.NewcomerPathCases;
import dev.pulseboard.sync.Syncs;
import dev.pulseboard.sync.run.SyncJobs;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.notify.Appli;
import dev.pulseboard.withings.notify.WithingsNotifications;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * Webhooks end to end in demo mode: the emulator notifies Pulseboard's callback; the inbox coalesces; the
 * member's data type is fetched once. Forged and malformed notifications touch nothing.
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsIntegrationTests {

    static final String ALEX = "10000001";

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    Measurements measurements;

    @Autowired
    Recordings recordings;

    @Autowired
    Connections connections;

    @Autowired
    WebhookMode webhooks;

    @Autowired
    WithingsNotifications notifications;

    @Autowired
    NotificationSubscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String token;
    long member;

    @BeforeAll
    void connect() {
        api = new Api(port);
        token = Household.token(api);
        Household.releaseWithingsUser(api, token, ALEX);
        member = Household.addMember(api, token, "Notified");
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, member)).location()).endsWith("?connected");
        Poll.until(Duration.ofSeconds(90), "the backfill and the subscriptions", () -> {
            var s = api.get("/api/v1/members/" + member + "/sync", token).json();
            return !s.get("lastSuccessAt").isNull() && "IDLE".equals(s.get("state").asString()) ? s : null;
        });
    }

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    Syncs syncs;

    @Test
    void aChangeNotifiedWhileTheSameRunIsUnderWayGetsAFollowUpRun() {
        var running = run(member + ":measures");
        var followUp = run(member + ":measures" + Syncs.FOLLOW_UP);
        holdTheNextMeasuresCall();

        syncs.request(MemberId.of(member), "measures");
        awaitUnderWay(running);
        syncs.request(MemberId.of(member), "measures");

        assertThat(scheduler.getScheduledExecution(followUp)).as("a follow-up run after the one under way")
                .isPresent();
        // Beside the run (every call twice), the follow-up would be done while the run, held 3 s by Withings, is not.
        assertRunsAfter(running, followUp);
    }

    /**
     * A notified run of one data type waits for the member's full run under way: beside it, it would tell the member
     * their sync was done while the full run still ran, and read from cursors the full run has not moved yet.
     */
    @Test
    void aNotifiedRunWaitsForTheMembersFullRunUnderWay() {
        var full = run(String.valueOf(member));
        var notified = run(member + ":sleep");
        holdTheNextMeasuresCall();

        syncs.request(MemberId.of(member));
        awaitUnderWay(full);
        syncs.request(MemberId.of(member), "sleep");

        assertRunsAfter(full, notified);
    }

    private static TaskInstanceId run(String id) {
        return new TaskInstanceId.StandardTaskInstanceId(SyncJobs.TASK, id);
    }

    /** Withings holds the next getmeas 3 s: the run making it is under way that long. */
    private void holdTheNextMeasuresCall() {
        var slow = api.postJsonUrl(api.base() + "/emulator/withings/_admin/faults",
                "{\"path\":\"/measure\",\"action\":\"getmeas\",\"type\":\"delay\",\"delayMs\":3000,\"count\":1}");
        assertThat(slow.status()).as(slow.body()).isIn(200, 201);
    }

    private void awaitUnderWay(TaskInstanceId run) {
        Poll.until(Duration.ofSeconds(10), run.getId() + " to be under way",
                () -> scheduler.getScheduledExecution(run).filter(e -> e.isPicked()).isPresent());
    }

    /** Polls until both runs are done; {@code second} must not end while {@code first} is still there. */
    private void assertRunsAfter(TaskInstanceId first, TaskInstanceId second) {
        List<String> doneFirst = new ArrayList<>();
        Poll.until(Duration.ofSeconds(30), "both runs to finish", () -> {
            boolean firstThere = scheduler.getScheduledExecution(first).isPresent();
            boolean secondThere = scheduler.getScheduledExecution(second).isPresent();
            if (firstThere && !secondThere) {
                doneFirst.add(second.getId() + " ended while " + first.getId() + " was under way");
            }
            return !firstThere && !secondThere ? true : null;
        });
        assertThat(doneFirst).as("the second run runs after the first, not beside it").isEmpty();
    }

    @Test
    void showsANewReadingSecondsAfterTheEmulatorAddsIt() {
        long taken = Instant.now().getEpochSecond() - 30;
        emulator.addReading(ALEX, 1, new BigDecimal("79.876"), taken);
        // Looked up at its own second: a weigh-in of alex's own history may be newer, stored by the same run.
        var reading = Poll.until(Duration.ofSeconds(30), "the notified reading", () -> measurements
                .series(MemberId.of(member), MeasurementType.WEIGHT, Instant.ofEpochSecond(taken),
                        Instant.ofEpochSecond(taken + 1)).stream().findFirst().orElse(null));
        assertThat(reading.value()).isEqualByComparingTo("79.876");
        assertThat(emulator.deliveries()).anySatisfy(d -> {
            assertThat(d.userId()).isEqualTo(ALEX);
            assertThat(d.callbackUrl()).contains("/withings/notify/");
        });
    }

    @Test
    void removesAReadingThatWithingsNoLongerHas() {
        long taken = Instant.now().getEpochSecond() - 3600;
        long grpid = emulator.addReading(ALEX, 1, new BigDecimal("81.234"), taken);
        Poll.until(Duration.ofSeconds(30), "the reading", () -> hasWeightAt(taken) ? true : null);
        assertThat(emulator.deleteReading(ALEX, grpid)).isTrue();
        Poll.until(Duration.ofSeconds(30), "the deletion to be reconciled", () -> hasWeightAt(taken) ? null : true);
        assertThat(jdbc.sql("select count(*) from measurement where member_id = ? and group_id = ?")
                .params(member, grpid).query(Long.class).single()).isZero();
    }

    /**
     * A group edited at Withings keeps its id: a changed value replaces the stored one, and a measure the group no
     * longer carries (removed in the app, or withdrawn when Withings processed the group again) goes.
     */
    @Test
    void anEditedGroupKeepsOnlyTheMeasuresWithingsStillSends() {
        long taken = Instant.now().getEpochSecond() - 900;
        long grpid = emulator.addReading(ALEX, 1, new BigDecimal("80.111"), taken);
        assertThat(emulator.editReading(ALEX, grpid, Map.of(6, new BigDecimal("21.5")), Set.of())).isTrue();
        Poll.until(Duration.ofSeconds(30), "the fat ratio added", () -> stored(grpid).equals(Map.of(1, "80.111",
                6, "21.5")) ? true : null);

        assertThat(emulator.editReading(ALEX, grpid, Map.of(1, new BigDecimal("80.222")), Set.of(6))).isTrue();

        Poll.until(Duration.ofSeconds(30), "the edit", () -> stored(grpid).equals(Map.of(1, "80.222")) ? true : null);
    }

    /**
     * Withings names the profile's current time zone for every group of a getmeas answer (withings-api.md §9.7): after
     * the member moves, an old weigh-in read again (edited in the app) keeps the zone it first came in, so its local
     * time and day do not move; a weigh-in taken after the move has the new zone, and the member's pages follow it.
     */
    @Test
    void aReadingKeepsTheZoneItFirstCameInWhenTheProfileMoves() {
        long now = Instant.now().getEpochSecond();
        long before = emulator.addReading(ALEX, 1, new BigDecimal("80.333"), now - 1200);
        String first = Poll.until(Duration.ofSeconds(30), "the weigh-in", () -> zoneOf(before));
        ZoneId moved = ZoneId.of("America/New_York".equals(first) ? "Asia/Tokyo" : "America/New_York");
        emulator.moveProfile(ALEX, moved);
        try {
            assertThat(emulator.editReading(ALEX, before, Map.of(1, new BigDecimal("80.444")), Set.of())).isTrue();
            Poll.until(Duration.ofSeconds(30), "the edit, read in an answer that names the new zone",
                    () -> stored(before).equals(Map.of(1, "80.444")) ? true : null);
            assertThat(zoneOf(before)).as("the zone the weigh-in first came in").isEqualTo(first);

            long after = emulator.addReading(ALEX, 1, new BigDecimal("80.555"), now - 600);
            assertThat(Poll.until(Duration.ofSeconds(30), "the weigh-in after the move", () -> zoneOf(after)))
                    .isEqualTo(moved.getId());
            assertThat(zoneOf(before)).isEqualTo(first);
        } finally {
            emulator.moveProfile(ALEX, null);
        }
    }

    /**
     * The public URL (or demo mode's port) changed since the last start: the start finds it, and each member's sync
     * moves their subscriptions to the new address, so that Withings stops notifying the old one (up to a day of
     * readings came only with the safety net before).
     */
    @Test
    void subscriptionsToAnAddressThisInstallationNoLongerHasAreMovedAtTheStart() {
        var tokens = connections.accessTokens(MemberId.of(member));
        URI current = webhooks.callback(inbox.secret());
        URI old = URI.create("http://127.0.0.1:" + port + WebhookMode.NOTIFY_PATH + inbox.secret());
        notifications.updateSubscription(tokens, current, Appli.WEIGHT, old, null, null, Priority.INTERACTIVE);
        jdbc.sql("update app_setting set setting_value = ? where setting_name = ?")
                .params("http://127.0.0.1:" + port, CallbackMove.SETTING).update();

        callbackMove.checkAddress();

        Poll.until(Duration.ofSeconds(60), "the weigh-ins' subscription to be moved back", () -> {
            var weights = notifications.subscriptions(tokens, Appli.WEIGHT, Priority.INTERACTIVE);
            return weights.stream().anyMatch(w -> current.toString().equals(w.callbackUrl()))
                    && weights.stream().noneMatch(w -> old.toString().equals(w.callbackUrl())) ? true : null;
        });
        assertThat(jdbc.sql("select setting_value from app_setting where setting_name = ?")
                .param(CallbackMove.SETTING).query(String.class).single()).isEqualTo(webhooks.publicUrl().toString());
    }

    @Autowired
    CallbackMove callbackMove;

    /** The zone a group was stored with, or null before it is stored. */
    private String zoneOf(long grpid) {
        return jdbc.sql("select min(time_zone) from measurement where member_id = ? and group_id = ?")
                .params(member, grpid).query(String.class).optional().orElse(null);
    }

    /** The stored values of a group, by measure type. */
    private Map<Integer, String> stored(long grpid) {
        Map<Integer, String> values = new TreeMap<>();
        jdbc.sql("select type_code, raw_value, unit_exp from measurement where member_id = ? and group_id = ?")
                .params(member, grpid).query(rs -> {
                    values.put(rs.getInt(1), BigDecimal.valueOf(rs.getLong(2), -rs.getInt(3)).stripTrailingZeros()
                            .toPlainString());
                });
        return values;
    }

    /**
     * A guest's weigh-in of two days ago, deleted in the Withings app after a newer reading came: the notified read
     * brings nothing new (only the newest reading again, which the cursor reads every time), so the window is
     * compared and the deleted reading goes.
     */
    @Test
    void removesAnOlderReadingThatWithingsNoLongerHasBehindANewerOne() {
        long now = Instant.now().getEpochSecond();
        long older = now - Duration.ofDays(2).toSeconds() + 17;
        long guest = emulator.addReading(ALEX, 1, new BigDecimal("97.321"), older);
        long newer = now - 30;
        emulator.addReading(ALEX, 1, new BigDecimal("81.432"), newer);
        Poll.until(Duration.ofSeconds(30), "both readings", () -> hasWeightAt(older) && hasWeightAt(newer) ? true
                : null);

        assertThat(emulator.deleteReading(ALEX, guest)).isTrue();

        Poll.until(Duration.ofSeconds(30), "the deletion to be reconciled", () -> hasWeightAt(older) ? null : true);
        assertThat(hasWeightAt(newer)).isTrue();
    }

    /**
     * A watch's ECG reaches Withings when the phone syncs, hours after it was recorded, and heart list filters by the
     * recording's time: an ECG recorded before the newest one already stored must still be fetched.
     */
    @Test
    void fetchesAnEcgUploadedHoursAfterItWasRecordedBehindANewerOne() {
        fetchesAnEcgUploadedLate(Duration.ofHours(6));
    }

    /**
     * A watch kept off its phone for ten days uploads the ECGs it took then: older than the week the ECG read looks
     * back, but the notification announces when each was recorded, and the next read goes back to it.
     */
    @Test
    void fetchesAWatchEcgUploadedTenDaysAfterItWasRecorded() {
        fetchesAnEcgUploadedLate(Duration.ofDays(10));
        Poll.until(Duration.ofSeconds(30), "the re-read done and forgotten", () -> jdbc.sql(
                "select count(*) from sync_cursor where member_id = ? and reread_from is not null").param(member)
                .query(Long.class).single() == 0 ? true : null);
    }

    /** A newer ECG fetched first, then one recorded {@code late} ago and uploaded now. */
    private void fetchesAnEcgUploadedLate(Duration late) {
        long now = Instant.now().getEpochSecond();
        long newer = addEcg(now - 60);
        Poll.until(Duration.ofSeconds(30), "the newer ECG", () -> recordings.ecg(MemberId.of(member), newer)
                .orElse(null));

        long old = addEcg(now - late.toSeconds());

        Poll.until(Duration.ofSeconds(30), "the ECG recorded " + late + " ago and uploaded now",
                () -> recordings.ecg(MemberId.of(member), old).orElse(null));
    }

    private long addEcg(long recordedAt) {
        var added = api.postJsonUrl(api.base() + "/emulator/withings/_admin/ecgs",
                "{\"userId\":\"" + ALEX + "\",\"time\":" + recordedAt + ",\"afib\":0,\"heartRate\":64}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("signalid").asLong();
    }

    private boolean hasWeightAt(long epochSecond) {
        return measurements.series(MemberId.of(member), MeasurementType.WEIGHT, Instant.ofEpochSecond(epochSecond),
                Instant.ofEpochSecond(epochSecond + 1)).size() == 1;
    }

    @Test
    void coalescesABurstOfNotificationsIntoFewFetches() {
        long before = getmeasCalls();
        String url = api.base() + "/withings/notify/" + inbox.secret();
        long now = Instant.now().getEpochSecond();
        for (int i = 0; i < 1000; i++) {
            var answer = api.postForm(url, Map.of("userid", ALEX, "appli", "1", "startdate", Long.toString(now - 60),
                    "enddate", Long.toString(now)));
            assertThat(answer.status()).isEqualTo(200);
        }
        Poll.until(Duration.ofSeconds(30), "the inbox to drain", () -> jdbc.sql(
                "select count(*) from notification_inbox where processed_at is null").query(Long.class).single() == 0);
        // Settled: no measures run left queued (one may wait, the first having found nothing new) and idle.
        var queued = new TaskInstanceId.StandardTaskInstanceId(SyncJobs.TASK,
                member + ":measures");
        var followUp = new TaskInstanceId.StandardTaskInstanceId(SyncJobs.TASK,
                member + ":measures" + Syncs.FOLLOW_UP);
        Poll.until(Duration.ofSeconds(30), "the sync to settle", () -> scheduler.getScheduledExecution(queued)
                .isEmpty() && scheduler.getScheduledExecution(followUp).isEmpty() && "IDLE".equals(
                api.get("/api/v1/members/" + member + "/sync", token).json().get("state").asString()));
        assertThat(getmeasCalls() - before).as("getmeas calls for 1000 notifications").isBetween(1L, 8L);
    }

    /** Appli 58 (glucose) is fetched with getmeas, as the other measure applis. */
    @Test
    void aGlucoseNotificationStartsAMeasuresFetch() {
        long before = getmeasCalls();
        long now = Instant.now().getEpochSecond();

        var answer = api.postForm(api.base() + "/withings/notify/" + inbox.secret(), Map.of("userid", ALEX,
                "appli", "58", "startdate", Long.toString(now - 60), "enddate", Long.toString(now)));

        assertThat(answer.status()).isEqualTo(200);
        Poll.until(Duration.ofSeconds(30), "a getmeas call for the glucose notification",
                () -> getmeasCalls() > before ? true : null);
        var queued = new TaskInstanceId.StandardTaskInstanceId(SyncJobs.TASK, member + ":measures");
        var followUp = new TaskInstanceId.StandardTaskInstanceId(SyncJobs.TASK,
                member + ":measures" + Syncs.FOLLOW_UP);
        Poll.until(Duration.ofSeconds(30), "the sync to settle", () -> scheduler.getScheduledExecution(queued)
                .isEmpty() && scheduler.getScheduledExecution(followUp).isEmpty() && "IDLE".equals(
                api.get("/api/v1/members/" + member + "/sync", token).json().get("state").asString()));
    }

    @Test
    void refusesForgedAndMalformedNotificationsWithoutFetching() {
        long before = getmeasCalls();
        long pending = jdbc.sql("select count(*) from notification_inbox").query(Long.class).single();
        var forged = api.postForm(api.base() + "/withings/notify/not-the-secret", Map.of("userid", ALEX, "appli", "1"));
        assertThat(forged.status()).isEqualTo(404);
        var malformed = api.postForm(api.base() + "/withings/notify/" + inbox.secret(), Map.of("appli", "x"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from notification_inbox").query(Long.class).single()).isEqualTo(pending);

        var unknown = api.postForm(api.base() + "/withings/notify/" + inbox.secret(),
                Map.of("userid", "99999999", "appli", "1"));
        assertThat(unknown.status()).isEqualTo(200);
        Poll.until(Duration.ofSeconds(30), "the inbox to drain", () -> jdbc.sql(
                "select count(*) from notification_inbox where processed_at is null").query(Long.class).single() == 0);
        assertThat(getmeasCalls()).isEqualTo(before);
        assertThat(api.getUrl(api.base() + "/withings/notify/" + inbox.secret()).status()).isEqualTo(200);
    }

    /**
     * Withings refusing one data type for good (status 2554, "not implemented", answered with HTTP 200) is that
     * type's problem: the run still reads the types after it, checks the subscriptions, and says which type failed and
     * why; it is asked for again at a later sync, not retried at once.
     */
    @Test
    void aDataTypeWithingsRefusesForGoodDoesNotStopTheOthers() {
        // The member's own bookkeeping, not the emulator's call counts, which other members' runs also raise.
        Instant before = Instant.now().minusMillis(1);
        var fault = api.postJsonUrl(api.base() + "/emulator/withings/_admin/faults",
                "{\"path\":\"/v2/sleep\",\"action\":\"getsummary\",\"type\":\"status\",\"status\":2554}");
        assertThat(fault.status()).as(fault.body()).isEqualTo(201);
        try {
            syncs.request(MemberId.of(member));

            var status = Poll.until(Duration.ofSeconds(30), "the run to end", () -> {
                var s = api.get("/api/v1/members/" + member + "/sync", token).json();
                return "FAILED".equals(s.get("state").asString()) ? s : null;
            });
            assertThat(status.get("error").asString()).contains("sleep").contains("2554")
                    .contains("asked for again at a later sync");
            assertThat(finishedAt("ecg")).as("ECGs, read after sleep").isAfter(before);
            assertThat(finishedAt("workouts")).as("workouts, read after ECGs").isAfter(before);
            assertThat(jdbc.sql("select subscriptions_checked_at from sync_status where member_id = ?").param(member)
                    .query(Timestamp.class).single().toInstant()).as("the subscriptions checked").isAfter(before);
        } finally {
            api.deleteUrl(api.base() + "/emulator/withings/_admin/faults");
        }
    }

    private Instant finishedAt(String cursor) {
        return jdbc.sql("select finished_at from sync_cursor where member_id = ? and data_type = ?")
                .params(member, cursor).query(Timestamp.class).single().toInstant();
    }

    /**
     * Withings checks the callback at each subscribe and answers 293 when its check failed: one failed subscription
     * must not leave the data types after it unsubscribed until the next check.
     */
    @Test
    void aRefusedSubscriptionDoesNotStopTheOthers() {
        MemberId id = MemberId.of(member);
        var tokens = connections.accessTokens(id);
        URI callback = webhooks.callback(inbox.secret());
        unsubscribeAndRefuse(tokens, callback, ",\"count\":3", Appli.WEIGHT, Appli.BLOOD_PRESSURE);
        try {
            // Weight refused twice (asked once more after a pause), blood pressure refused once, then subscribed.
            var check = subscriptions.ensure(id);
            assertThat(check.added()).as("weight refused, blood pressure subscribed").isEqualTo(1);
            assertThat(check.refused()).containsExactly(Appli.WEIGHT);
            assertThat(subscribed(tokens, callback)).contains(Appli.BLOOD_PRESSURE.code())
                    .doesNotContain(Appli.WEIGHT.code());

            assertThat(subscriptions.ensure(id).added()).as("weight, at the next check").isEqualTo(1);
            assertThat(subscribed(tokens, callback)).contains(Appli.WEIGHT.code(), Appli.BLOOD_PRESSURE.code());
        } finally {
            api.deleteUrl(api.base() + "/emulator/withings/_admin/faults");
            subscriptions.ensure(id);
        }
    }

    /**
     * A member whose notifications Withings refuses (its check of the callback failed) would hear of new data only
     * from the weekly safety net: the run's check records the refusal, the member is polled until Withings accepts
     * (SyncVisitsTests), the settings page says so, and the check is made again daily, not at every poll.
     */
    @Test
    void aMemberWhoseNotificationsWithingsRefusedIsPolledUntilItAcceptsThem() {
        MemberId id = MemberId.of(member);
        var tokens = connections.accessTokens(id);
        URI callback = webhooks.callback(inbox.secret());
        unsubscribeAndRefuse(tokens, callback, "", Appli.SLEEP);
        try {
            Instant first = fullRunChecked(Instant.now());
            assertThat(refused()).isEqualTo("sleep");
            assertThat(PageSession.signIn(port).get("/settings").body())
                    .contains("Withings refused to notify 1 connected member of new data");

            // Polled every 15 minutes or so: the subscriptions are not asked for at every poll.
            Instant polled = Instant.now();
            syncs.request(id);
            Poll.until(Duration.ofSeconds(30), "the poll to end", () -> {
                var s = api.get("/api/v1/members/" + member + "/sync", token).json();
                return "IDLE".equals(s.get("state").asString())
                        && Instant.parse(s.get("lastSuccessAt").asString()).isAfter(polled) ? s : null;
            });
            assertThat(checkedAt()).isEqualTo(first);

            // A day later they are; Withings accepts this time.
            api.deleteUrl(api.base() + "/emulator/withings/_admin/faults");
            jdbc.sql("update sync_status set subscriptions_checked_at = ? where member_id = ?")
                    .params(Timestamp.from(Instant.now().minus(Duration.ofHours(25))), member).update();
            fullRunChecked(Instant.now());
            assertThat(refused()).isNull();
            assertThat(subscribed(tokens, callback)).contains(Appli.SLEEP.code());
            assertThat(PageSession.signIn(port).get("/settings").body()).doesNotContain("Withings refused to notify");
        } finally {
            api.deleteUrl(api.base() + "/emulator/withings/_admin/faults");
            subscriptions.ensure(id);
            jdbc.sql("update sync_status set subscriptions_refused = null where member_id = ?").param(member).update();
        }
    }

    /** Drops these subscriptions, and makes the emulator answer 293 to subscribing ({@code count}: how often). */
    private void unsubscribeAndRefuse(AccessTokens tokens, URI callback, String count, Appli... applis) {
        for (Appli appli : applis) {
            notifications.unsubscribe(tokens, callback, appli, Priority.NOTIFICATION);
        }
        var fault = api.postJsonUrl(api.base() + "/emulator/withings/_admin/faults",
                "{\"path\":\"/notify\",\"action\":\"subscribe\",\"type\":\"status\",\"status\":293" + count + "}");
        assertThat(fault.status()).as(fault.body()).isEqualTo(201);
    }

    /** Requests a full run and waits for its subscription check; returns when the check was made. */
    private Instant fullRunChecked(Instant after) {
        syncs.request(MemberId.of(member));
        return Poll.until(Duration.ofSeconds(30), "the run's subscription check and its end", () -> {
            Instant checked = checkedAt();
            var s = api.get("/api/v1/members/" + member + "/sync", token).json();
            return checked != null && checked.isAfter(after) && "IDLE".equals(s.get("state").asString())
                    && Instant.parse(s.get("lastSuccessAt").asString()).isAfter(after) ? checked : null;
        });
    }

    private Instant checkedAt() {
        Timestamp at = jdbc.sql("select subscriptions_checked_at from sync_status where member_id = ?").param(member)
                .query(Timestamp.class).single();
        return at == null ? null : at.toInstant();
    }

    private String refused() {
        return jdbc.sql("select subscriptions_refused from sync_status where member_id = ?").param(member)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    private List<Integer> subscribed(AccessTokens tokens, URI callback) {
        return notifications.subscriptions(tokens, null, Priority.NOTIFICATION).stream()
                .filter(s -> callback.toString().equals(s.callbackUrl())).map(s -> s.appli().code()).toList();
    }

    private long getmeasCalls() {
        var stats = api.getUrl(api.base() + "/emulator/withings/_admin/stats").json().get("requests");
        var calls = stats.get("/measure getmeas");
        return calls == null ? 0 : calls.asLong();
    }
}
