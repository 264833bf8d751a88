package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.TestEnvironment;

import tools.jackson.databind.JsonNode;

/**
 * Two Pulseboard instances (child JVMs) on one PostgreSQL database, as {@code deploy/compose.postgres.yaml} runs
 * them: a browser signed in on one is signed in on the other (sessions in the database); the instance running a
 * backfill is killed and the other finishes it, every series exact; and a third instance started with another
 * encryption key refuses to start, with one line that names {@code PULSEBOARD_ENCRYPTION_KEY}.
 */
class SeveralInstancesIntegrationTests {

    /** Another valid key (base64 of 32 bytes), test-only: not the one the tokens were written with. */
    private static final String OTHER_KEY = "b3RoZXItaW5zdGFuY2Uta2V5LW5vdC1hLXNlY3JldDE=";

    @RegisterExtension
    final ChildServers servers = new ChildServers();

    @Test
    void instancesShareSessionsTakeOverADeadInstancesBackfillAndRefuseAnotherKey() throws Exception {
        Map<String, Object> database = TestEnvironment.newPostgresDatabase();
        int portA = ChildServers.freePort();
        int portB = ChildServers.freePort();
        String emulatorBase = servers.startEmulator(portA, portB);
        Process a = servers.start(portA, emulatorBase, "a", instance(database, "a", TestEnvironment.TEST_KEY));
        Api apiA = new Api(portA);
        servers.waitUntilUp(apiA, a);
        Process b = servers.start(portB, emulatorBase, "b", instance(database, "b", TestEnvironment.TEST_KEY));
        Api apiB = new Api(portB);
        servers.waitUntilUp(apiB, b);

        String token = Household.token(apiA);
        var server = apiB.get("/api/v1/admin/server", token);
        assertThat(server.json().get("instances").findValues("name")).as("each instance told the database")
                .hasSize(2).extracting(JsonNode::asString)
                .allSatisfy(name -> assertThat(name).matches(".+:(" + portA + "|" + portB + ")-[0-9a-f]{6}"));
        assertThat(server.json().get("instances").findValues("live")).allMatch(JsonNode::asBoolean);
        assertThat(server.json().get("database").get("product").asString()).isEqualTo("PostgreSQL");
        assertThat(server.json().get("warnings")).as("one version, no backup of the embedded kind due").isEmpty();
        assertThat(server.body()).as("no setting's value")
                .doesNotContain((String) database.get("spring.datasource.url"));
        long id = Household.addMember(apiA, token, "Shared session");
        var overviewOnB = PageSession.signIn(portA).at(portB).get("/");
        assertThat(overviewOnB.uri().getPath()).as("signed in on A, not sent to B's login").isEqualTo("/");
        assertThat(overviewOnB.body()).contains("Shared session");

        assertThat(apiA.getUrl(NewcomerPathCases.authorize(apiA, token, id)).location()).endsWith("?connected");
        String pickedBy = pickedBy(database, id);
        assertThat(pickedBy).as("a scheduler name of the instance's own: host:port-suffix")
                .matches(".+:(" + portA + "|" + portB + ")-[0-9a-f]{6}");
        boolean aRuns = pickedBy.contains(":" + portA + "-");
        JsonNode beforeKill = ChildServers.awaitActivityUnderWay(apiA, token, id);
        (aRuns ? a : b).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Api survivor = aRuns ? apiB : apiA;
        var stored = ChildServers.storedCheckpoint((String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"),
                (String) database.get("spring.datasource.password"), id, "activity");

        JsonNode done = ChildServers.awaitSuccess(survivor, token, id);
        KilledServerIntegrationTests.assertWholeHistoryOnce(servers, emulatorBase, survivor, token, id, stored,
                beforeKill, done, ChildServers.callback(aRuns ? portA : portB));

        int portC = ChildServers.freePort();
        Process c = servers.start(portC, emulatorBase, "c", instance(database, "c", OTHER_KEY));
        assertThat(c.waitFor(120, TimeUnit.SECONDS)).as("the instance with another key stops").isTrue();
        assertThat(c.exitValue()).isNotZero();
        String log = Files.readString(servers.dir().resolve("c.log"));
        assertThat(log).contains("pulseboard.encryption-key (PULSEBOARD_ENCRYPTION_KEY): this key cannot read the "
                + "Withings tokens stored in the database").contains("must share the same PULSEBOARD_ENCRYPTION_KEY")
                .doesNotContain("\tat ");
    }

    private List<String> instance(Map<String, Object> database, String name, String key) {
        List<String> args = new ArrayList<>(List.of("--pulseboard.data-dir=" + servers.dir().resolve(name),
                "--pulseboard.encryption-key=" + key));
        database.forEach((k, v) -> args.add("--" + k + "=" + v));
        return args;
    }

    /** The scheduler that holds the member's backfill, read from db-scheduler's table. */
    private static String pickedBy(Map<String, Object> database, long member) {
        return Poll.until(Duration.ofSeconds(10), "the backfill to be picked", () -> {
            try (var connection = DriverManager.getConnection((String) database.get("spring.datasource.url"),
                    (String) database.get("spring.datasource.username"),
                    (String) database.get("spring.datasource.password"));
                    var query = connection.prepareStatement("select picked_by from scheduled_tasks "
                            + "where task_name = ? and task_instance = ? and picked")) {
                query.setString(1, "member-sync");
                query.setString(2, Long.toString(member));
                try (var rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
