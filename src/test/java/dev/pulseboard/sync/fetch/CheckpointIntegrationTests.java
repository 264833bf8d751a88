package dev.pulseboard.sync.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.sync.NewcomerPathCases;
import dev.pulseboard.sync.SyncState;
import dev.pulseboard.sync.run.SyncStatusRepository;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsTransientException;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * A run that stops mid-backfill resumes at the page it stopped on, without a gap or a duplicate; a Withings
 * fault is reported in the sync status, retried, and loses nothing.
 */
@PulseboardTest
@ExtendWith(OutputCaptureExtension.class)
class CheckpointIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    SyncStatusRepository status;

    @Autowired
    Connections connections;

    @Autowired
    StoreStep step;

    @Autowired
    JdbcClient jdbc;

    @Test
    void resumesAtTheCheckpointWithoutAGapOrADuplicate() {
        MemberId member = connectedMember("Resumed");

        FiftyItems sync = new FiftyItems(step);
        sync.failAtOffset = 20;
        assertThatThrownBy(() -> sync.run(member, null, Priority.BACKFILL))
                .isInstanceOf(WithingsTransientException.class);
        assertThat(sync.stored).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
        assertThat(status.checkpoint(member, "fifty").resumeOffset()).isEqualTo(20);

        sync.failAtOffset = -1;
        sync.run(member, null, Priority.BACKFILL);
        assertThat(sync.offsetsAsked).containsExactly(0, 10, 20, 20, 30, 40);
        assertThat(sync.stored).containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());
        var done = status.checkpoint(member, "fifty");
        assertThat(done.resumeOffset()).isZero();
        assertThat(done.cursor()).isEqualTo(1_000_049 - 1);
        assertThat(status.byDataType(member).get("fifty").finished()).isTrue();
    }

    /**
     * A run stopped after its last page but before the data type is finished (in its detail calls, like the ECG
     * strips of a first backfill; or killed there) goes on from the cursor that page reached: the next run does not
     * read the data type again from the start.
     */
    @Test
    void aRunStoppedAfterItsLastPageGoesOnFromTheCursorThatPageReached() {
        MemberId member = connectedMember("Stopped after the last page");

        FiftyItems sync = new FiftyItems(step);
        sync.failAtOffset = -1;
        sync.failAfterPages = true;
        assertThatThrownBy(() -> sync.run(member, null, Priority.BACKFILL))
                .isInstanceOf(WithingsTransientException.class);
        assertThat(status.checkpoint(member, "fifty"))
                .isEqualTo(new SyncStatusRepository.Checkpoint(1_000_049 - 1, 0, 0));
        assertThat(status.byDataType(member).get("fifty").finished()).isFalse();

        sync.failAfterPages = false;
        sync.sinceAsked.clear();
        sync.run(member, null, Priority.BACKFILL);
        assertThat(sync.sinceAsked).first().isEqualTo(Instant.ofEpochSecond(1_000_049 - 1));
        assertThat(status.byDataType(member).get("fifty").finished()).isTrue();
    }

    /**
     * The overview reads the sync and connection states of all its cards at once: the same states, members without
     * a row included, as read one member at a time.
     */
    @Test
    void readsTheStatesOfSeveralMembersAtOnceAsOneAtATime() {
        MemberId linked = connectedMember("Read with others");
        Poll.until(Duration.ofSeconds(60), "the backfill", () -> status.find(linked)
                .filter(s -> s.state() == SyncState.IDLE && s.lastSuccessAt() != null).isPresent());
        FiftyItems fifty = new FiftyItems(step);
        fifty.failAtOffset = -1;
        fifty.run(linked, null, Priority.BACKFILL);
        Api api = new Api(port);
        MemberId unlinked = MemberId.of(Household.addMember(api, Household.token(api), Household.named("Not linked")));
        MemberId unknown = MemberId.of(Long.MAX_VALUE);
        List<MemberId> all = List.of(linked, unlinked, unknown);

        var states = status.findAll(all);
        assertThat(states).containsOnlyKeys(linked).containsEntry(linked, status.find(linked).orElseThrow());
        assertThat(states.get(linked).progress().dataTypes()).containsKeys("fifty", "measures");
        assertThat(status.findAll(List.of())).isEmpty();
        var links = connections.statuses(all);
        assertThat(links).containsOnlyKeys(all);
        all.forEach(m -> assertThat(links.get(m)).as(m.toString()).isEqualTo(connections.status(m)));
        assertThat(links.get(linked).isConnected()).isTrue();
    }

    private MemberId connectedMember(String name) {
        Api api = new Api(port);
        String token = Household.token(api);
        Household.releaseWithingsUser(api, token, "10000003");
        long id = Household.addMember(api, token, Household.named(name));
        api.getUrl(NewcomerPathCases.authorize(api, token, id, "nina"));
        MemberId member = MemberId.of(id);
        Poll.until(Duration.ofSeconds(30), "the member to be connected", () -> connections.status(member).isConnected());
        // The link's own backfill starts by marking every data type of the member unfinished, the test's own among
        // them: started after a test's run (a slow machine), it failed the test's last assertion once in the suite.
        Poll.until(Duration.ofSeconds(60), "the link's own backfill", () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return !s.get("lastSuccessAt").isNull() && "IDLE".equals(s.get("state").asString()) ? s : null;
        });
        return member;
    }

    /**
     * A fault on each endpoint a sync calls, of each kind the emulator injects (a truncated page, an HTML error, a
     * dropped connection, an error status), lasting until cleared: the run fails with a readable reason and a retry,
     * what was stored before stays, and once Withings answers again the sync completes.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({ "/measure, getmeas, malformed, 0", "/v2/sleep, getsummary, malformed, 0",
            "/v2/measure, getactivity, http, 500", "/v2/measure, getworkouts, reset, 0",
            "/v2/measure, getintradayactivity, status, 522", "/v2/heart, list, http, 502",
            "/v2/user, getdevice, status, 522" })
    void reportsAWithingsFaultRetriesAndLosesNothing(String path, String action, String type, int status,
            CapturedOutput output) {
        Api api = new Api(port);
        String token = Household.token(api);
        Household.releaseWithingsUser(api, token, "10000002");
        String admin = api.base() + "/emulator/withings/_admin/faults";
        var fault = api.postJsonUrl(admin, "{\"path\":\"" + path + "\",\"action\":\"" + action + "\",\"type\":\""
                + type + "\",\"status\":" + status + ",\"count\":-1}");
        assertThat(fault.status()).as(fault.body()).isIn(200, 201);
        long id = Household.addMember(api, token, Household.named("Faulty"));
        try {
            api.getUrl(NewcomerPathCases.authorize(api, token, id, "sam"));
            var failed = Poll.until(Duration.ofSeconds(60), "the failure to be reported", () -> {
                var s = api.get("/api/v1/members/" + id + "/sync", token).json();
                return "FAILED".equals(s.get("state").asString()) ? s : null;
            });
            assertThat(failed.get("error").asString()).contains("retrying automatically").doesNotContain("Exception");
            Poll.until(Duration.ofSeconds(10), "the failure handler to count the failure", () -> jdbc.sql(
                    "select max(consecutive_failures) from scheduled_tasks where task_instance like ?")
                    .param(id + "%").query(Integer.class).optional().filter(n -> n > 0).orElse(null));
            assertThat(output.getOut()).as("an expected, handled fault is a line, not a stack trace")
                    .doesNotContain("\tat dev.pulseboard.sync.run.SyncJobs")
                    .as("nor db-scheduler's second line, worded as a bug").doesNotContain("Treating as failure");
            // The retry may be under way when the page is asked for (it shows "Syncing" then): the page is read
            // until it shows the failure, which the fault, still injected, brings back.
            PageSession page = PageSession.signIn(port);
            String failedPage = Poll.until(Duration.ofSeconds(60), "the page to show the failed sync", () -> {
                String body = page.get("/members/" + id).body();
                return body.contains("Last sync failed") ? body : null;
            });
            assertThat(failedPage).as("the page says since when: the failure hides no older success")
                    .contains("Last sync failed", "(no complete sync yet)");
            long measures = weights(api, token, id);
            if (!"/measure".equals(path)) {
                assertThat(failed.get("progress").get("dataTypes").get("measures").get("finished").asBoolean())
                        .isTrue();
                assertThat(measures).as("what was stored before the fault is kept").isPositive();
            }

            assertThat(api.deleteUrl(admin).status()).isIn(200, 204);
            api.post("/api/v1/members/" + id + "/sync", token, null);
            var recovered = Poll.until(Duration.ofSeconds(60), "the retry to succeed", () -> {
                var s = api.get("/api/v1/members/" + id + "/sync", token).json();
                return "IDLE".equals(s.get("state").asString()) && !s.get("lastSuccessAt").isNull() ? s : null;
            });
            assertThat(recovered.get("error").isNull()).isTrue();
            assertThat(weights(api, token, id)).isPositive().isGreaterThanOrEqualTo(measures);
        } finally {
            api.deleteUrl(admin);
        }
    }

    /** Goals are an extra: when Withings will not give them, the sync still succeeds and stores everything else. */
    @ParameterizedTest(name = "getgoals status {0}")
    @CsvSource({ "503", "2554" })
    void aGoalsAnswerWithingsWillNotGiveNeverFailsTheSync(int status) {
        Api api = new Api(port);
        String token = Household.token(api);
        Household.releaseWithingsUser(api, token, "10000002");
        String admin = api.base() + "/emulator/withings/_admin/faults";
        var fault = api.postJsonUrl(admin, "{\"path\":\"/v2/user\",\"action\":\"getgoals\",\"type\":\"status\","
                + "\"status\":" + status + ",\"count\":-1}");
        assertThat(fault.status()).as(fault.body()).isIn(200, 201);
        long id = Household.addMember(api, token, "No goals " + status);
        try {
            api.getUrl(NewcomerPathCases.authorize(api, token, id, "sam"));
            var done = Poll.until(Duration.ofSeconds(60), "the sync to succeed", () -> {
                var s = api.get("/api/v1/members/" + id + "/sync", token).json();
                return "IDLE".equals(s.get("state").asString()) && !s.get("lastSuccessAt").isNull() ? s : null;
            });
            assertThat(done.get("error").isNull()).isTrue();
            assertThat(weights(api, token, id)).isPositive();
            var goals = api.get("/api/v1/members/" + id + "/goals", token).json();
            assertThat(goals.get("steps").isNull()).isTrue();
            assertThat(goals.get("weightKg").isNull()).isTrue();
            assertThat(goals.get("updatedAt").isNull()).isTrue();
        } finally {
            api.deleteUrl(admin);
        }
    }

    private static long weights(Api api, String token, long member) {
        return api.get("/api/v1/members/" + member + "/measurements?type=weight&from=2000-01-01", token).json()
                .get("items").size();
    }

    /** Fifty items in pages of ten; item i was modified at 1,000,000 + i. */
    static final class FiftyItems extends PagedSync<Integer> {
        final List<Integer> stored = new ArrayList<>();
        final List<Integer> offsetsAsked = new ArrayList<>();
        final List<Instant> sinceAsked = new ArrayList<>();
        int failAtOffset;
        boolean failAfterPages;

        FiftyItems(StoreStep step) {
            super(step);
        }

        @Override
        public String dataType() {
            return "fifty";
        }

        @Override
        Fetched<Integer> fetch(MemberId member, AccessTokens tokens, Instant since, int offset, Priority priority) {
            offsetsAsked.add(offset);
            sinceAsked.add(since);
            if (offset == failAtOffset) {
                throw new WithingsTransientException("/fake", 0, "connection reset");
            }
            var items = IntStream.range(offset, Math.min(offset + 10, 50)).boxed().toList();
            return new Fetched<>(items, offset + 10 < 50, offset + 10);
        }

        @Override
        int store(MemberId member, String account, List<Integer> items) {
            stored.addAll(items);
            return items.size();
        }

        @Override
        Instant modified(Integer item) {
            return Instant.ofEpochSecond(1_000_000 + item);
        }

        @Override
        void afterPages(MemberId member, AccessTokens tokens, Priority priority) {
            if (failAfterPages) {
                throw new WithingsTransientException("/fake", 0, "connection reset after the last page");
            }
        }
    }
}
