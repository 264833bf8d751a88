package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * The only administrator forgot their password: {@code pulseboard.recover-admin} writes an administrator's invitation
 * to a file only the server's account reads (never to the log), which makes a login that may set them a temporary
 * password; the audit log says how the invitation came.
 */
@PulseboardTest
@ExtendWith(OutputCaptureExtension.class)
class AdminRecoveryIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/invitations/(pbi_[A-Za-z0-9_-]+)");

    @Value("${server.port}")
    int port;

    @Autowired
    AdminRecovery recovery;

    @Test
    void anInvitationInAPrivateFileMakesAnAdministratorWhoResetsTheForgottenPassword(CapturedOutput output)
            throws Exception {
        Api api = new Api(port);
        String admin = Household.token(api);

        Path file = recovery.recover().orElseThrow();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Matcher link = LINK.matcher(Files.readString(file));
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(output.getAll()).contains("pulseboard.recover-admin: an administrator's invitation")
                .doesNotContain(token);
        String email = "rescuer-" + System.nanoTime() + "@example.org";
        var accepted = api.post("/api/v1/invitations/" + token + "/accept", null,
                "{\"email\":\"" + email + "\",\"password\":\"a rescuing horse battery\",\"name\":\"Rescuer "
                        + System.nanoTime() + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("role").asString()).isEqualTo("ADMIN");
        assertThat(api.get("/api/v1/audit", admin).body()).contains("made at start for the server's operator");
        // An administrator who forgot their password (not the household's shared one, which other tests use).
        var forgetful = Household.invitedLogin(api, admin, "{\"role\":\"ADMIN\"}",
                "forgetful-" + System.nanoTime() + "@example.org", "a forgotten horse battery",
                Household.named("Forgetful"));
        try {
            var rescuer = api.postBasic("/api/v1/tokens", email, "a rescuing horse battery", "{\"name\":\"r\"}");
            var reset = api.patch("/api/v1/users/" + forgetful.json().get("id").asLong(),
                    rescuer.json().get("token").asString(), "{\"temporaryPassword\":\"a temporary horse battery\"}");
            assertThat(reset.status()).as(reset.body()).isEqualTo(200);
            assertThat(recovery.removeLeftover()).as("the next start without the setting").isTrue();
            assertThat(file).doesNotExist();
            assertThat(recovery.removeLeftover()).isFalse();
        } finally {
            // The household's other tests count its administrators.
            for (var made : new Api.Response[] { accepted, forgetful }) {
                assertThat(api.delete("/api/v1/users/" + made.json().get("id").asLong(), admin).status())
                        .isEqualTo(204);
            }
        }
    }
}
