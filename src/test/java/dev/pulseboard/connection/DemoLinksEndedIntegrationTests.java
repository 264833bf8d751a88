package dev.pulseboard.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.withings.WithingsProperties;

import tools.jackson.databind.JsonNode;

/**
 * A data directory that ran in demo mode, started with a real Withings app (nothing of Withings is reached here): the
 * links made in the demo are ended at the start, each written in the audit log, and the Server page says that those
 * members' readings are made up.
 */
@PulseboardTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "pulseboard.test.context=real-app", "pulseboard.withings.client-id=a1b2c3-real-app",
        "pulseboard.withings.client-secret=test-only-not-a-secret", "pulseboard.withings.account-url=http://127.0.0.1:9",
        "pulseboard.withings.api-url=http://127.0.0.1:9", "pulseboard.public-url=https://pulse.example.org" })
class DemoLinksEndedIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WithingsAppCheck check;

    @Test
    void aServerGivenAWithingsAppEndsTheLinksMadeInDemoModeAndSaysTheirReadingsAreMadeUp(CapturedOutput output) {
        Api api = new Api(port);
        String token = Household.token(api);
        long pia = Household.addMember(api, token, Household.named("Pia"));
        Instant linked = Instant.now();
        jdbc.sql("insert into withings_connection (member_id, household_id, withings_user_id, status, connected_at, "
                + "updated_at, client_id) values (?, (select household_id from member where id = ?), '10000001', "
                + "'CONNECTED', ?, ?, ?)").params(pia, pia, Timestamp.from(linked), Timestamp.from(linked),
                        WithingsProperties.DEMO_CLIENT_ID).update();
        jdbc.sql("insert into measurement (member_id, group_id, type_code, position_code, raw_value, unit_exp, "
                + "measured_at, attrib) values (?, 1, 1, -1, 71300, -3, ?, 0)").params(pia, Timestamp.from(linked))
                .update();
        assertThat(status(api, token, pia)).isEqualTo("CONNECTED");

        check.afterPropertiesSet();
        check.afterPropertiesSet();

        assertThat(status(api, token, pia)).as("ended at the start").isEqualTo("RECONNECT_REQUIRED");
        JsonNode audit = api.get("/api/v1/audit", token).json().get("items");
        assertThat(audit.valueStream().filter(e -> "DEMO_LINK_ENDED".equals(e.get("action").asString())))
                .as("written once, with the member").singleElement()
                .satisfies(e -> assertThat(e.get("memberId").asLong()).isEqualTo(pia))
                .satisfies(e -> assertThat(e.get("detail").asString()).contains("made-up user 10000001"));
        PageSession admin = PageSession.signIn(port);
        assertThat(admin.get("/settings/server").body()).contains("1 member was linked in demo mode to the built-in "
                + "emulator: the readings they hold are made up");
        assertThat(admin.get("/members/" + pia).body()).as("the member's page says so, not \"revoked or expired\"")
                .contains("id=\"made-up-in-the-demo\"", "id=\"drop-made-up\"")
                .doesNotContain("revoked or expired", "id=\"reconnect-withings\"");

        var reconnect = api.post("/api/v1/members/" + pia + "/withings/authorization", token, "");
        assertThat(reconnect.status()).as("a real account is not linked over made-up readings").isEqualTo(409);
        assertThat(reconnect.json().get("detail").asString()).contains("Disconnect Withings first");
        assertThat(readings(pia)).isEqualTo(1);

        var dropped = api.delete("/api/v1/members/" + pia + "/withings", token);
        assertThat(dropped.status()).as(dropped.body()).isEqualTo(204);
        assertThat(readings(pia)).as("made-up readings go with the demo's link, erase asked or not").isZero();
        assertThat(api.get("/api/v1/audit", token).json().get("items").valueStream()
                .filter(e -> "ERASED".equals(e.get("action").asString()))).singleElement()
                .satisfies(e -> assertThat(e.get("detail").asString()).contains("made up"));
        assertThat(api.post("/api/v1/members/" + pia + "/withings/authorization", token, "").status())
                .as("then a real account may be linked").isEqualTo(200);
        assertThat(output.getAll()).as("the emulator's grant is not revoked with this app's credentials")
                .contains("was issued to another Withings app (pulseboard-demo): not revoked with this one")
                .doesNotContain("oauth2 revoke failed", "Could not revoke");
        assertThat(admin.get("/settings/server").body()).as("nothing made up is left")
                .doesNotContain("linked in demo mode");
    }

    private long readings(long member) {
        return jdbc.sql("select count(*) from measurement where member_id = ?").param(member).query(Long.class)
                .single();
    }

    private static String status(Api api, String token, long member) {
        return api.get("/api/v1/members/" + member, token).json().get("withings").get("status").asString();
    }
}
