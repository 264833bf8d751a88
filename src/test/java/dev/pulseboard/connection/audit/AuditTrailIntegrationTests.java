package dev.pulseboard.connection.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Actor;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;
import tools.jackson.databind.JsonNode;

/**
 * Who a member is, who may use the API, what came into a member's history and copies of everyone's data: each
 * change is a line of the audit log, with who made it (a date of birth identifies a patient on a doctor's report).
 */
@PulseboardTest
class AuditTrailIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void membersTokensImportsAndBackupsAreRecordedWithWhoDidIt() {
        Api api = new Api(port);
        String token = Household.token(api);
        String name = Household.named("Dora");
        long member = Household.addMember(api, token, name);
        assertThat(api.patch("/api/v1/members/" + member, token, "{\"name\":\"" + name + " B\"}").status())
                .isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/members/" + member + "/birth-date", token, "application/json",
                "{\"birthDate\":\"1980-04-02\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/members/" + member + "/birth-date", token).status())
                .isEqualTo(200);
        var made = api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD,
                "{\"name\":\"audited laptop\",\"readOnly\":true,\"expiresInDays\":30}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long laptop = 0;
        for (JsonNode t : api.get("/api/v1/tokens", token).json().get("items")) {
            laptop = t.get("name").asString().equals("audited laptop") ? t.get("id").asLong() : laptop;
        }
        assertThat(api.delete("/api/v1/tokens/" + laptop, token).status()).isEqualTo(204);
        Actor admin = Actor.signedIn("admin", port, Household.EMAIL, Household.PASSWORD, token);
        var upload = admin.upload("/api/v1/members/" + member + "/imports?timeZone=Europe/Paris", false,
                "data_Dora.zip", "not a zip".getBytes());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);

        List<String> lines = new ArrayList<>();
        for (JsonNode e : api.get("/api/v1/audit?limit=100", token).json().get("items")) {
            lines.add(e.get("action").asString() + " | " + e.get("detail").asString() + " | "
                    + e.path("memberName").asString("") + " | " + e.path("userName").asString(""));
        }
        assertThat(lines).contains(
                "MEMBER_ADDED | member " + name + " added | " + name + " | " + Household.NAME,
                "MEMBER_RENAMED | renamed from " + name + " to " + name + " B | " + name + " B | " + Household.NAME,
                "BIRTH_DATE_CHANGED | date of birth set | " + name + " B | " + Household.NAME,
                "BIRTH_DATE_CHANGED | date of birth removed | " + name + " B | " + Household.NAME,
                "TOKEN_CREATED | API token \u201caudited laptop\u201d made, read-only, for 30 days |  | " + Household.NAME,
                "TOKEN_REVOKED | API token \u201caudited laptop\u201d revoked |  | " + Household.NAME,
                "IMPORTED | import of data_Dora.zip started, its times read in Europe/Paris | " + name + " B | "
                        + Household.NAME)
                .as("the date itself is not written in the log").noneMatch(line -> line.contains("1980"))
                .as("nor any token").noneMatch(line -> line.contains("pb_"));
    }
}
