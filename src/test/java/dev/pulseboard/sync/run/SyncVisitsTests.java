package dev.pulseboard.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.pulseboard.sync.SyncProperties;
import dev.pulseboard.sync.SyncState;
import dev.pulseboard.sync.run.SyncStatusRepository.Schedule;
import dev.pulseboard.sync.run.SyncVisits.Visit;

class SyncVisitsTests {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final SyncProperties DEFAULTS = new SyncProperties(Duration.ofMinutes(15), Duration.ofHours(4),
            Duration.ofDays(7), Duration.ofHours(12), 500, 30, Duration.ofHours(6), Duration.ofSeconds(5),
            Duration.ofSeconds(10));

    @Test
    void aMemberNeverSyncedGetsAFullSyncUnlessOneIsUnderWay() {
        assertThat(plan(null, true, null)).isEqualTo(Visit.FULL_SYNC);
        assertThat(plan(schedule(SyncState.RUNNING, null, null, null, null), true, null)).isEqualTo(Visit.NOTHING);
        assertThat(plan(schedule(SyncState.FAILED, "1h", null, null, null), false, null)).isEqualTo(Visit.FULL_SYNC);
    }

    @Test
    void withWebhooksAFullSyncComesOnlyAfterTheSafetyNetInterval() {
        var sixDays = schedule(SyncState.IDLE, "144h", "144h", "1h", "1h");
        assertThat(plan(sixDays, true, NOW.minus(Duration.ofHours(2)))).isEqualTo(Visit.NOTHING);
        var sevenDays = schedule(SyncState.IDLE, "168h", "168h", "1h", "1h");
        assertThat(plan(sevenDays, true, NOW.minus(Duration.ofHours(2)))).isEqualTo(Visit.SAFETY_NET);
        assertThat(plan(schedule(SyncState.QUEUED, "168h", "168h", "1h", "1h"), true, null))
                .isEqualTo(Visit.NOTHING);
    }

    @Test
    void theSafetyNetRidesALiveTokenUpToADayBeforeItIsDue() {
        var dueInFiveHours = schedule(SyncState.IDLE, "163h", "163h", "1h", "1h");
        assertThat(plan(dueInFiveHours, true, NOW, false)).as("token expired: wait").isEqualTo(Visit.NOTHING);
        assertThat(plan(dueInFiveHours, true, NOW, true)).as("token live: ride it").isEqualTo(Visit.SAFETY_NET);
        var dueInTwentyFiveHours = schedule(SyncState.IDLE, "143h", "143h", "1h", "1h");
        assertThat(plan(dueInTwentyFiveHours, true, NOW, true)).as("more than a day early").isEqualTo(Visit.NOTHING);
        var due = schedule(SyncState.IDLE, "168h", "168h", "1h", "1h");
        assertThat(plan(due, true, NOW, false)).as("due: renews a token itself").isEqualTo(Visit.SAFETY_NET);
    }

    @Test
    void aDataTypeUnreadForTheSafetyNetIntervalMakesItDue() {
        var fullThreeDaysAgo = new Schedule(SyncState.IDLE, ago("72h"), ago("72h"), ago("1h"), ago("1h"),
                ago("168h"), false);
        assertThat(plan(fullThreeDaysAgo, true, NOW, false)).isEqualTo(Visit.SAFETY_NET);
        var everyTypeReadLately = new Schedule(SyncState.IDLE, ago("72h"), ago("72h"), ago("1h"), ago("1h"),
                ago("100h"), false);
        assertThat(plan(everyTypeReadLately, true, NOW, false)).isEqualTo(Visit.NOTHING);
        assertThat(SyncVisits.safetyNetDue(everyTypeReadLately, DEFAULTS)).isEqualTo(ago("100h").plus(
                Duration.ofDays(7)));
    }

    @Test
    void withWebhooksAMemberSilentForADayGetsOneSubscriptionCheckADay() {
        var checkedTwoDaysAgo = schedule(SyncState.IDLE, "72h", "72h", "60h", "48h");
        assertThat(plan(checkedTwoDaysAgo, true, NOW.minus(Duration.ofHours(30)))).isEqualTo(Visit.CHECK_SUBSCRIPTIONS);
        assertThat(plan(checkedTwoDaysAgo, true, null)).isEqualTo(Visit.CHECK_SUBSCRIPTIONS);
        assertThat(plan(checkedTwoDaysAgo, true, NOW.minus(Duration.ofHours(3)))).as("notified lately")
                .isEqualTo(Visit.NOTHING);
        var checkedThisMorning = schedule(SyncState.IDLE, "72h", "72h", "60h", "5h");
        assertThat(plan(checkedThisMorning, true, null)).isEqualTo(Visit.NOTHING);
    }

    @Test
    void aMemberWhoseNotificationsWithingsRefusedIsPolledAndAskedForThemAgainDaily() {
        var refused = new Schedule(SyncState.IDLE, ago("16m"), ago("2d"), ago("20m"), ago("5h"), null, true);
        assertThat(plan(refused, true, null)).as("polled, new data 20 minutes ago").isEqualTo(Visit.FULL_SYNC);
        assertThat(plan(new Schedule(SyncState.IDLE, ago("14m"), ago("2d"), ago("20m"), ago("5h"), null, true), true,
                null)).isEqualTo(Visit.NOTHING);
        assertThat(SyncVisits.subscriptionCheckDue(refused, NOW)).as("checked 5 hours ago").isFalse();
        assertThat(SyncVisits.subscriptionCheckDue(new Schedule(SyncState.IDLE, ago("16m"), ago("2d"), ago("20m"),
                ago("25h"), null, true), NOW)).as("checked yesterday").isTrue();
        var accepted = new Schedule(SyncState.IDLE, ago("16m"), ago("2d"), ago("20m"), ago("5h"), null, false);
        assertThat(plan(accepted, true, NOW.minus(Duration.ofHours(1)))).as("notified: not polled")
                .isEqualTo(Visit.NOTHING);
        assertThat(SyncVisits.subscriptionCheckDue(accepted, NOW)).as("a full run repairs them").isTrue();
    }

    @Test
    void withoutWebhooksPollingBacksOffWhileNothingNewComes() {
        // New data 20 minutes ago: every 15 minutes.
        assertThat(plan(schedule(SyncState.IDLE, "16m", "2d", "20m", null), false, null)).isEqualTo(Visit.FULL_SYNC);
        assertThat(plan(schedule(SyncState.IDLE, "14m", "2d", "20m", null), false, null)).isEqualTo(Visit.NOTHING);
        // Nothing new for 8 hours: every 2 hours.
        assertThat(plan(schedule(SyncState.IDLE, "100m", "2d", "8h", null), false, null)).isEqualTo(Visit.NOTHING);
        assertThat(plan(schedule(SyncState.IDLE, "121m", "2d", "8h", null), false, null)).isEqualTo(Visit.FULL_SYNC);
        // Nothing new for days: at least every 4 hours.
        assertThat(SyncVisits.pollInterval(NOW.minus(Duration.ofDays(3)), DEFAULTS, NOW)).hasHours(4);
        assertThat(SyncVisits.pollInterval(null, DEFAULTS, NOW)).hasHours(4);
        assertThat(SyncVisits.pollInterval(NOW.minus(Duration.ofHours(8)), DEFAULTS, NOW)).hasHours(2);
        assertThat(SyncVisits.pollInterval(NOW.minusSeconds(30), DEFAULTS, NOW)).hasMinutes(15);
    }

    private static Visit plan(Schedule schedule, boolean webhooks, Instant lastNotified) {
        return plan(schedule, webhooks, lastNotified, false);
    }

    private static Visit plan(Schedule schedule, boolean webhooks, Instant lastNotified, boolean tokenLive) {
        return SyncVisits.plan(schedule, webhooks, () -> Optional.ofNullable(lastNotified), () -> tokenLive, DEFAULTS,
                NOW);
    }

    /** Ages ("90m", "2h", "3d") before NOW, or null. */
    private static Schedule schedule(SyncState state, String started, String full, String newData, String checked) {
        return new Schedule(state, ago(started), ago(full), ago(newData), ago(checked), null, false);
    }

    private static Instant ago(String age) {
        if (age == null) {
            return null;
        }
        long n = Long.parseLong(age.substring(0, age.length() - 1));
        return NOW.minus(switch (age.charAt(age.length() - 1)) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        });
    }
}
