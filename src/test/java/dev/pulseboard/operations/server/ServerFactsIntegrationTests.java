package dev.pulseboard.operations.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.TestEnvironment;

import tools.jackson.databind.JsonNode;

/**
 * The Server page and {@code GET /api/v1/admin/server} on the embedded file database (the backups' context): this
 * instance told the database at its start, another instance of another version and one gone silent are warned of,
 * a row not heard from for a day is forgotten at the next beat, and nothing of the settings' values is shown.
 * Who may see it is in the authorization matrix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = TestEnvironment.H2File.class)
class ServerFactsIntegrationTests {

    @Value("${server.port}")
    int port;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${pulseboard.encryption-key}")
    String key;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    InstanceHeartbeat heartbeat;

    @AfterEach
    void forgetTheOtherInstances() {
        jdbc.sql("delete from server_instance where name <> ?").param(heartbeat.name()).update();
    }

    @Test
    void thisInstanceIsListedAtOnceWithTheEmbeddedDatabaseAndNoSettingsValue() {
        Api api = new Api(port);
        String token = Household.token(api);

        var answer = api.get("/api/v1/admin/server", token);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode server = answer.json();
        assertThat(server.get("instances")).as("told at the start, not a minute later").hasSize(1);
        JsonNode self = server.get("instances").get(0);
        assertThat(self.get("name").asString()).isEqualTo(server.get("instance").get("name").asString())
                .matches(".+:" + port + "-[0-9a-f]{6}");
        assertThat(self.get("live").asBoolean()).isTrue();
        assertThat(self.get("self").asBoolean()).isTrue();
        assertThat(server.get("database").get("product").asString()).isEqualTo("H2");
        assertThat(server.get("database").get("embedded").asBoolean()).isTrue();
        assertThat(server.get("database").get("schemaVersion").asInt()).isGreaterThanOrEqualTo(63);
        assertThat(server.get("database").get("sizeBytes").asLong()).isPositive();
        assertThat(server.get("dataDirectory").get("freeBytes").asLong()).isPositive();
        assertThat(server.get("backups").get("embedded").asBoolean()).isTrue();
        assertThat(server.get("backups").get("interval").asString()).isEqualTo("PT24H");
        assertThat(answer.body()).doesNotContain(url).doesNotContain(key);
    }

    @Test
    void anInstanceOfAnotherVersionAndASilentOneAreWarnedOfAndADayOldOneIsForgotten() {
        Instant now = clock.instant();
        instance("other-host:8080-abcdef", "0.0.1", now.minusSeconds(30));
        instance("killed-host:8080-123456", heartbeat.version(), now.minus(Duration.ofMinutes(10)));
        instance("gone-host:8080-fedcba", heartbeat.version(), now.minus(Duration.ofHours(25)));

        heartbeat.beat();
        Api api = new Api(port);
        JsonNode server = api.get("/api/v1/admin/server", Household.token(api)).json();

        assertThat(server.get("instances").findValues("name")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(heartbeat.name(), "other-host:8080-abcdef", "killed-host:8080-123456");
        assertThat(server.get("warnings")).extracting(JsonNode::asString).anySatisfy(w -> assertThat(w)
                .startsWith("The instances run different versions (0.0.1, " + heartbeat.version() + ")"))
                .anySatisfy(w -> assertThat(w).startsWith("The instance killed-host:8080-123456 has not been heard "
                        + "from for more than 3 minutes"));

        String page = PageSession.signIn(port).get("/settings/server").body();
        assertThat(page).contains("Needs your attention").contains("killed-host:8080-123456").contains("silent")
                .contains("(this one)").contains("The instances run different versions");

        heartbeat.started();
        assertThat(jdbc.sql("select name from server_instance").query(String.class).list())
                .as("the embedded database is one process's: other rows are of this server's earlier starts")
                .containsExactly(heartbeat.name());
    }

    /**
     * An instance that will not come back (its container gone) need not be listed for a day: an administrator forgets
     * it, on the page or through the API; one heard from lately is kept, and this one comes back at its next beat.
     */
    @Test
    void aSilentInstanceIsForgottenOnRequestAndARunningOneIsKept() {
        Instant now = clock.instant();
        instance("killed-host:8080-123456", heartbeat.version(), now.minus(Duration.ofMinutes(10)));
        instance("gone-host:8080-654321", heartbeat.version(), now.minus(Duration.ofMinutes(10)));
        instance("busy-host:8080-abcdef", heartbeat.version(), now.minusSeconds(30));
        PageSession session = PageSession.signIn(port);
        assertThat(session.get("/settings/server").body()).contains("Forget killed-host:8080-123456")
                .doesNotContain("Forget busy-host:8080-abcdef").doesNotContain("Forget " + heartbeat.name());

        var forgotten = session.post("/settings/server", "/settings/server/instances/forget",
                Map.of("name", "killed-host:8080-123456"));
        assertThat(forgotten.uri().getPath()).isEqualTo("/settings/server");
        assertThat(forgotten.body()).contains("The instance killed-host:8080-123456 is forgotten")
                .doesNotContain("<code>killed-host:8080-123456</code>");
        var kept = session.post("/settings/server", "/settings/server/instances/forget",
                Map.of("name", "busy-host:8080-abcdef"));
        assertThat(kept.body()).contains("was heard from in the last minutes: it runs, and is kept");

        Api api = new Api(port);
        String token = Household.token(api);
        assertThat(api.delete("/api/v1/admin/server/instances/gone-host:8080-654321", token).status()).isEqualTo(204);
        var running = api.delete("/api/v1/admin/server/instances/busy-host:8080-abcdef", token);
        assertThat(running.status()).isEqualTo(409);
        assertThat(running.contentType()).contains("problem+json");
        assertThat(api.delete("/api/v1/admin/server/instances/gone-host:8080-654321", token).status()).isEqualTo(404);
        assertThat(jdbc.sql("select name from server_instance").query(String.class).list())
                .containsExactlyInAnyOrder(heartbeat.name(), "busy-host:8080-abcdef");

        jdbc.sql("update server_instance set seen_at = ? where name = ?")
                .params(Timestamp.from(now.minus(Duration.ofMinutes(10))), heartbeat.name()).update();
        assertThat(api.delete("/api/v1/admin/server/instances/" + heartbeat.name(), token).status()).isEqualTo(204);
        heartbeat.beat();
        assertThat(jdbc.sql("select name from server_instance").query(String.class).list())
                .as("an instance forgotten that runs is listed again at its next beat").contains(heartbeat.name());
    }

    private void instance(String name, String version, Instant seen) {
        jdbc.sql("insert into server_instance (name, version, started_at, seen_at) values (?, ?, ?, ?)")
                .params(name, version, Timestamp.from(seen.minus(Duration.ofHours(1))), Timestamp.from(seen))
                .update();
    }
}
