package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;

/**
 * Tokens are renewed only when a call needs one, and fetches that are not urgent ride on a token an urgent fetch
 * renewed: a notified activity run that finds the token expired waits (no renewal) until a reading's fetch renews
 * it, or until its deadline ({@code ride-window} after it was due), when it renews the token itself; a change
 * notified during an activity run waits for the next one (a reading's gets its follow-up at once). On the
 * emulator's shared clock, with nina (a watch and a scale, no history of her own, so moving the clock uploads
 * nothing but what the test adds).
 */
@PulseboardTest
@TestPropertySource(properties = "pulseboard.emulator.shared-clock=true")
class TokenRidesIntegrationTests {

    static final String NINA = "10000003";
    static final String RENEWALS = "/v2/oauth2 requesttoken";
    static final String ACTIVITY = "/v2/measure getactivity";
    static final String MEASURES = "/measure getmeas";

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    Syncs syncs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DailyData daily;

    @Autowired
    Clock clock;

    @Test
    void aDeferredActivityRunRidesTheTokenAReadingRenewedOrRenewsOneByItsDeadline() {
        Api api = new Api(port);
        String token = Household.token(api);
        MemberId member = ninaConnected(api, token, "Rider");
        ZoneId zone = ZoneId.of("Europe/Berlin");

        // Nearly a day later the token (3 hours) is long expired; the watch's day is notified before the daily
        // activity run is due again (a notification within the day also spares the subscription check).
        var before = calls(api);
        LocalDate today = aDayLaterTheWatchUploads(member, zone, 4321);
        emulator.clock().advance(Duration.ofHours(2));
        settled(api, token, member);
        var waiting = calls(api);
        assertThat(spent(before, waiting, RENEWALS)).as("no renewal while no call needs one").isZero();
        assertThat(spent(before, waiting, ACTIVITY)).as("due, but waiting for a live token").isZero();

        // A weigh-in is urgent: fetched at once, on a renewed token; the waiting activity run rides on it.
        emulator.addReading(NINA, 1, new BigDecimal("64.321"), clock.instant().getEpochSecond() - 60);
        Poll.until(Duration.ofSeconds(30), "the weigh-in", () -> spent(before, calls(api), MEASURES) == 1);
        emulator.clock().advance(Duration.ofMinutes(2));
        Poll.until(Duration.ofSeconds(30), "the activity run on the live token",
                () -> spent(before, calls(api), ACTIVITY) == 1);
        settled(api, token, member);
        assertThat(spent(before, calls(api), RENEWALS)).as("one renewal, for the weigh-in").isEqualTo(1);
        assertThat(stepsOn(member, today)).isEqualTo(4321);

        // Another day, nothing urgent: the activity run waits ride-window (6 hours) after it is due, then renews
        // the token itself.
        var second = calls(api);
        LocalDate day = aDayLaterTheWatchUploads(member, zone, 5432);
        emulator.clock().advance(Duration.ofHours(6));
        settled(api, token, member);
        assertThat(spent(second, calls(api), RENEWALS)).as("still no renewal before the deadline").isZero();
        assertThat(syncs.queuedForLater(member, "activity")).isTrue();
        emulator.clock().advance(Duration.ofHours(1).plusMinutes(5));
        Poll.until(Duration.ofSeconds(30), "the activity run at its deadline",
                () -> spent(second, calls(api), ACTIVITY) == 1);
        settled(api, token, member);
        assertThat(spent(second, calls(api), RENEWALS)).as("the renewal its calls needed").isEqualTo(1);
        assertThat(stepsOn(member, day)).isEqualTo(5432);
    }

    @Test
    void aDayNotifiedDuringAnActivityRunWaitsForTheNextOneWhileAWeighInDuringAMeasuresRunGetsItsFollowUpAtOnce() {
        Api api = new Api(port);
        String token = Household.token(api);
        MemberId member = ninaConnected(api, token, "Follower");

        // A day on, the watch uploads again while an activity run is under way (slowed down).
        emulator.clock().advance(Duration.ofHours(25));
        var before = calls(api);
        slowDown(api, "/v2/measure", "getactivity");
        syncs.request(member, "activity");
        Poll.until(Duration.ofSeconds(10), "the activity run to be under way", () -> syncs.underWay(member,
                "activity"));
        LocalDate day = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        emulator.recordActivityDay(NINA, day, 6543);
        inboxDrained();
        assertThat(syncs.underWay(member, "activity")).as("notified while the run was under way").isTrue();
        settled(api, token, member);
        assertThat(syncs.queuedForLater(member, "activity")).as("a follow-up for the next day's run").isTrue();
        emulator.clock().advance(Duration.ofHours(12));
        settled(api, token, member);
        assertThat(spent(before, calls(api), ACTIVITY)).as("one activity run within activity-interval").isEqualTo(1);

        // The follow-up runs by its deadline (activity-interval, then ride-window, after the run it follows).
        emulator.clock().advance(Duration.ofHours(19));
        Poll.until(Duration.ofSeconds(30), "the follow-up at its deadline",
                () -> spent(before, calls(api), ACTIVITY) == 2);
        settled(api, token, member);
        assertThat(stepsOn(member, day)).isEqualTo(6543);

        // A weigh-in while a measures run is under way is fetched at once by its follow-up.
        var weighIns = calls(api);
        slowDown(api, "/measure", "getmeas");
        emulator.addReading(NINA, 1, new BigDecimal("64.5"), clock.instant().getEpochSecond() - 120);
        Poll.until(Duration.ofSeconds(30), "the measures run to be under way", () -> syncs.underWay(member,
                "measures"));
        emulator.addReading(NINA, 1, new BigDecimal("64.6"), clock.instant().getEpochSecond() - 60);
        Poll.until(Duration.ofSeconds(30), "the follow-up run", () -> spent(weighIns, calls(api), MEASURES) >= 2);
        settled(api, token, member);
    }

    /** The next call to the endpoint answers 5 seconds late (real time: the shared clock does not move). */
    private static void slowDown(Api api, String path, String action) {
        var slow = api.postJsonUrl(api.base() + "/emulator/withings/_admin/faults", "{\"path\":\"" + path
                + "\",\"action\":\"" + action + "\",\"type\":\"delay\",\"delayMs\":5000,\"count\":1}");
        assertThat(slow.status()).as(slow.body()).isIn(200, 201);
    }

    private void inboxDrained() {
        Poll.until(Duration.ofSeconds(30), "the inbox to drain", () -> jdbc.sql(
                "select count(*) from notification_inbox where processed_at is null").query(Long.class).single() == 0);
    }

    /**
     * 23 hours on, the watch uploads the day with these steps: the notified activity run is queued for later (its
     * token expired); answers the day.
     */
    private LocalDate aDayLaterTheWatchUploads(MemberId member, ZoneId zone, int steps) {
        emulator.clock().advance(Duration.ofHours(23));
        LocalDate day = LocalDate.now(clock.withZone(zone));
        emulator.recordActivityDay(NINA, day, steps);
        Poll.until(Duration.ofSeconds(30), "the activity run to wait for a token",
                () -> syncs.queuedForLater(member, "activity"));
        inboxDrained();
        return day;
    }

    /** A new member connected to nina, synced and idle. */
    private static MemberId ninaConnected(Api api, String token, String name) {
        Household.releaseWithingsUser(api, token, NINA);
        long id = Household.addMember(api, token, name);
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, id, "nina")).location()).endsWith("?connected");
        MemberId member = MemberId.of(id);
        settled(api, token, member);
        return member;
    }

    private int stepsOn(MemberId member, LocalDate day) {
        return daily.activity(member, day, day).get(0).steps();
    }

    private static void settled(Api api, String token, MemberId member) {
        Poll.until(Duration.ofSeconds(90), "an idle member", () -> {
            var s = api.get("/api/v1/members/" + member.value() + "/sync", token).json();
            return !s.get("lastSuccessAt").isNull() && "IDLE".equals(s.get("state").asString());
        });
    }

    private static JsonNode calls(Api api) {
        return api.getUrl(api.base() + "/emulator/withings/_admin/stats").json().get("requests");
    }

    private static int spent(JsonNode before, JsonNode after, String call) {
        return after.path(call).asInt() - before.path(call).asInt();
    }
}
