package dev.pulseboard.sync;

import static dev.pulseboard.sync.ChildServers.calls;
import static dev.pulseboard.sync.ChildServers.countAll;
import static dev.pulseboard.sync.ChildServers.times;
import static dev.pulseboard.sync.ChildServers.timesOnceAllStored;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Poll;
import dev.pulseboard.sync.ChildServers.Backfill;
import dev.pulseboard.sync.ChildServers.StoredCheckpoint;

import tools.jackson.databind.JsonNode;

/**
 * A Pulseboard server killed (SIGKILL, no shutdown hook) or stopped (SIGTERM) in the middle of the full-kit backfill,
 * then started again on the same database: the backfill resumes from its checkpoints and ends with exactly what
 * Withings has, without a gap or a duplicate. (A kill at a moment left to chance was a test of its own; the kill with
 * a page in flight asks the same of the restart and more, at the moment a kill is likeliest to lose something.)
 *
 * <p>Pulseboard runs as a child JVM (see {@link ChildServers}). The budget is raised so the backfill takes
 * seconds, and db-scheduler's heartbeat shortened so the dead run is taken over within seconds, not minutes.
 */
class KilledServerIntegrationTests {

    /** The emulator's default page size. */
    static final int PAGE_SIZE = 200;
    static final String GETACTIVITY = "/v2/measure getactivity";

    @RegisterExtension
    final ChildServers servers = new ChildServers();

    /**
     * A server stopped the ordinary way (SIGTERM: an upgrade, {@code docker stop}) in the middle of the backfill ends
     * the run between two calls, hands it back to the scheduler (not left picked for another instance to find dead a
     * minute later) and exits without waiting for the backfill; the next start goes on from the checkpoint.
     */
    @Test
    void stoppedWithSigtermHandsTheBackfillBackAndTheNextStartGoesOn() throws Exception {
        Backfill backfill = startBackfill();
        // Activity pages a second apart: the stop lands while pages are left, on a busy machine too (the last pages
        // went by before the signal in one run).
        String faults = backfill.emulatorBase() + "/_admin/faults";
        var slow = new Api(0).postJsonUrl(faults, "{\"path\":\"/v2/measure\",\"action\":\"getactivity\","
                + "\"type\":\"delay\",\"delayMs\":1000,\"count\":100}");
        assertThat(slow.status()).as(slow.body()).isEqualTo(201);
        JsonNode lastAnswer = ChildServers.awaitActivityUnderWay(backfill.api(), backfill.token(), backfill.id());
        // The page in flight at the stop fails (a 502 after 2 s, the signal sent meanwhile): it is not retried, the
        // run is handed back all the same, not recorded as failed.
        new Api(0).deleteUrl(faults);
        var failing = new Api(0).postJsonUrl(faults, "{\"path\":\"/v2/measure\",\"action\":\"getactivity\","
                + "\"type\":\"http\",\"status\":502,\"delayMs\":2000,\"count\":1}");
        assertThat(failing.status()).as(failing.body()).isEqualTo(201);
        new Api(0).postJsonUrl(faults, "{\"path\":\"/v2/measure\",\"action\":\"getactivity\","
                + "\"type\":\"delay\",\"delayMs\":1000,\"count\":100}");
        Poll.until(Duration.ofSeconds(30), "an activity page to be held before it fails",
                () -> new Api(0).getUrl(faults).json().get(0).get("remaining").asInt() == 0);
        backfill.server().destroy();
        assertThat(backfill.server().waitFor(60, TimeUnit.SECONDS)).as("stopped, without waiting for the backfill")
                .isTrue();
        new Api(0).deleteUrl(faults);
        String log = Files.readString(servers.dir().resolve("first.log"));
        assertThat(log).as("the failed page is not retried; the run is handed back, not failed")
                .contains("handed back").doesNotContain("retry 1 of", "will retry");
        assertThat(lastAnswer.get("lastSuccessAt").isNull()).as("stopped before the backfill ended").isTrue();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + backfill.data().resolve("pulseboard"),
                "sa", ""); var query = connection.createStatement();
                var rows = query.executeQuery("select picked from scheduled_tasks where task_name = 'member-sync'")) {
            assertThat(rows.next()).as("the run is still to do").isTrue();
            assertThat(rows.getBoolean(1)).as("handed back, not left picked").isFalse();
        }

        StoredCheckpoint stored = storedActivity(backfill);
        JsonNode done = restart(backfill);
        assertWholeHistoryOnce(servers, backfill.emulatorBase(), backfill.api(), backfill.token(), backfill.id(),
                stored, lastAnswer, done, ChildServers.callback(backfill.port()));
    }

    /**
     * The unlucky moment made certain: the kill lands while Withings holds the answer to an activity page, so
     * nothing of that page is stored. The restarted server asks for that page again, and for every other page once.
     */
    @Test
    void killedWithAPageInFlightAsksForThatPageAgainAndForNoOtherTwice() throws Exception {
        Backfill backfill = startBackfill();
        ChildServers.awaitActivityUnderWay(backfill.api(), backfill.token(), backfill.id());
        String faults = backfill.emulatorBase() + "/_admin/faults";
        var hold = new Api(0).postJsonUrl(faults, "{\"path\":\"/v2/measure\",\"action\":\"getactivity\","
                + "\"type\":\"delay\",\"delayMs\":10000,\"count\":1}");
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        Poll.until(Duration.ofSeconds(30), "an activity page to be held",
                () -> new Api(0).getUrl(faults).json().get(0).get("remaining").asInt() == 0);
        JsonNode lastAnswer = backfill.api().get("/api/v1/members/" + backfill.id() + "/sync", backfill.token())
                .json();
        int askedBeforeKill = calls(backfill.emulatorBase(), GETACTIVITY);
        backfill.server().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        StoredCheckpoint stored = storedActivity(backfill);
        assertThat(stored.pagesFetched()).as("every activity page asked before the kill but the held one is stored")
                .isEqualTo(askedBeforeKill - 1);
        JsonNode done = restart(backfill);
        int asked = calls(backfill.emulatorBase(), GETACTIVITY);
        assertWholeHistoryOnce(servers, backfill.emulatorBase(), backfill.api(), backfill.token(), backfill.id(),
                stored, lastAnswer, done, ChildServers.callback(backfill.port()));
        int pages = (activityDaysOfRun(done) + PAGE_SIZE - 1) / PAGE_SIZE;
        assertThat(asked).as("the held page asked again, %d pages", pages).isEqualTo(pages + 1);
    }

    /**
     * Every series holds exactly what the emulator serves, and the activity backfill resumed where the last
     * committed page left off: no page is asked twice but the one in flight at the kill (a restart from scratch, or
     * a checkpoint lost with its page, would read days twice; a page skipped would leave a gap), and the run's
     * report counts the days stored before the kill and after it as one run's. The server's last answer before the
     * kill is only reported: it may show a page whose commit the kill lost, which the resumed run reads again.
     */
    static void assertWholeHistoryOnce(ChildServers servers, String emulatorBase, Api api, String token, long id,
            StoredCheckpoint storedBeforeKill, JsonNode lastAnswerBeforeKill, JsonNode done, String callback)
            throws Exception {
        int activityCalls = calls(emulatorBase, GETACTIVITY);
        Emulator emulator = servers.emulatorBean(Emulator.class);
        assertThat(timesOnceAllStored(api, token, id, "measurements?type=weight",
                () -> emulator.readings("alex", 1, 1).size())).as("weigh-ins")
                .hasSize(emulator.readings("alex", 1, 1).size()).doesNotHaveDuplicates();
        assertThat(timesOnceAllStored(api, token, id, "measurements?type=systolic_bp",
                () -> emulator.readings("alex", 10, 1).size())).as("blood pressure")
                .hasSize(emulator.readings("alex", 10, 1).size()).doesNotHaveDuplicates();

        String withingsToken = ChildServers.emulatorToken(emulatorBase, callback);
        assertThat(timesOnceAllStored(api, token, id, "sleep", () -> nights(emulatorBase, withingsToken)))
                .as("nights")
                .hasSize(countAll(emulatorBase, withingsToken, "/v2/sleep", "getsummary", "series"))
                .doesNotHaveDuplicates();
        int activityDays = countAll(emulatorBase, withingsToken, "/v2/measure", "getactivity", "activities");
        assertThat(times(api, token, id, "activity")).as("activity days").hasSize(activityDays)
                .doesNotHaveDuplicates();
        assertThat(storedBeforeKill.finished()).as("killed in the middle of the activity backfill").isFalse();
        assertThat(activityDaysOfRun(done)).as("the run's report counts the days stored before the kill (%d in the "
                + "database after it, %d in the server's last answer before it) and after the restart as one run's",
                storedBeforeKill.itemsStored(), activityDaysOfRun(lastAnswerBeforeKill)).isEqualTo(activityDays);
        int pages = (activityDays + PAGE_SIZE - 1) / PAGE_SIZE;
        assertThat(activityCalls).as("getactivity calls (the page in flight at the kill is asked again), %d pages",
                pages).isBetween(pages, pages + 1);
    }

    /** The activity days a sync status says its run stored. */
    static int activityDaysOfRun(JsonNode status) {
        return status.get("progress").get("dataTypes").get("activity").get("itemsStored").asInt();
    }

    private Backfill startBackfill() throws Exception {
        return servers.startBackfill("first", servers.dir().resolve("data"), "Killed midway");
    }

    /** The killed server's activity checkpoint, read from its H2 file. */
    private static StoredCheckpoint storedActivity(Backfill backfill) throws Exception {
        return ChildServers.storedCheckpoint("jdbc:h2:file:" + backfill.data().resolve("pulseboard"), "sa", "",
                backfill.id(), "activity");
    }

    /** The server started again on the same data directory; its sync status once the backfill succeeded. */
    private JsonNode restart(Backfill backfill) throws Exception {
        Process server = servers.start(backfill.port(), backfill.emulatorBase(), "second",
                List.of("--pulseboard.data-dir=" + backfill.data()));
        servers.waitUntilUp(backfill.api(), server);
        return ChildServers.awaitSuccess(backfill.api(), backfill.token(), backfill.id());
    }

    private static int nights(String emulatorBase, String withingsToken) {
        try {
            return countAll(emulatorBase, withingsToken, "/v2/sleep", "getsummary", "series");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
