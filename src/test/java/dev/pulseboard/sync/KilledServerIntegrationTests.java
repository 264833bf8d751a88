package dev.pulseboard.sync;

import static dev.pulseboard.sync.ChildServers.calls;
import static dev.pulseboard.sync.ChildServers.countAll;
import static dev.pulseboard.sync.ChildServers.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;

import tools.jackson.databind.JsonNode;

/**
 * A Pulseboard server killed (SIGKILL, no shutdown hook) in the middle of the full-kit backfill, then started
 * again on the same database: the backfill resumes from its checkpoints and ends with exactly what Withings
 * has, without a gap or a duplicate.
 *
 * <p>Pulseboard runs as a child JVM (see {@link ChildServers}). The budget is raised so the backfill takes
 * seconds, and db-scheduler's heartbeat shortened so the dead run is taken over within seconds, not minutes.
 */
class KilledServerIntegrationTests {

    /** The emulator's default page size. */
    static final int PAGE_SIZE = 200;

    @RegisterExtension
    final ChildServers servers = new ChildServers();

    @Test
    void backfillKilledMidwayResumesWithoutGapOrDuplicate() throws Exception {
        Path dataDir = servers.dir();
        int port = ChildServers.freePort();
        String emulatorBase = servers.startEmulator(port);
        List<String> onDataDir = List.of("--pulseboard.data-dir=" + dataDir.resolve("data"));

        Process server = servers.start(port, emulatorBase, "first", onDataDir);
        Api api = new Api(port);
        servers.waitUntilUp(api, server);
        String token = Household.token(api);
        long id = Household.addMember(api, token, "Killed midway");
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, id)).location()).endsWith("?connected");

        JsonNode beforeKill = ChildServers.awaitActivityUnderWay(api, token, id);
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(beforeKill.get("lastSuccessAt").isNull()).as("killed before the backfill ended").isTrue();

        server = servers.start(port, emulatorBase, "second", onDataDir);
        servers.waitUntilUp(api, server);
        JsonNode done = ChildServers.awaitSuccess(api, token, id);
        assertWholeHistoryOnce(servers, emulatorBase, api, token, id, beforeKill, done, ChildServers.callback(port));
    }

    /**
     * Every series holds exactly what the emulator serves, and the activity backfill resumed where the last
     * committed page left off: the days stored before the kill (as last read; one more page may have committed
     * before the kill landed) and those of the resumed run add up to the history. A restart from scratch, or a
     * checkpoint lost in the kill, would read days twice.
     */
    static void assertWholeHistoryOnce(ChildServers servers, String emulatorBase, Api api, String token, long id,
            JsonNode beforeKill, JsonNode done, String callback) throws Exception {
        int activityCalls = calls(emulatorBase, "/v2/measure getactivity");
        Emulator emulator = servers.emulatorBean(Emulator.class);
        assertThat(times(api, token, id, "measurements?type=weight")).as("weigh-ins")
                .hasSize(emulator.readings("alex", 1, 1).size()).doesNotHaveDuplicates();
        assertThat(times(api, token, id, "measurements?type=systolic_bp")).as("blood pressure")
                .hasSize(emulator.readings("alex", 10, 1).size()).doesNotHaveDuplicates();

        String withingsToken = ChildServers.emulatorToken(emulatorBase, callback);
        assertThat(times(api, token, id, "sleep")).as("nights")
                .hasSize(countAll(emulatorBase, withingsToken, "/v2/sleep", "getsummary", "series"))
                .doesNotHaveDuplicates();
        int activityDays = countAll(emulatorBase, withingsToken, "/v2/measure", "getactivity", "activities");
        assertThat(times(api, token, id, "activity")).as("activity days").hasSize(activityDays)
                .doesNotHaveDuplicates();
        int resumedDays = done.get("progress").get("dataTypes").get("activity").get("itemsStored").asInt();
        int daysBeforeKill = beforeKill.get("progress").get("dataTypes").get("activity").get("itemsStored").asInt();
        assertThat(daysBeforeKill + resumedDays).isBetween(activityDays - PAGE_SIZE, activityDays);
        int pages = (activityDays + PAGE_SIZE - 1) / PAGE_SIZE;
        assertThat(activityCalls).as("getactivity calls (the page in flight at the kill is asked again), %d pages",
                pages).isBetween(pages, pages + 1);
    }
}
