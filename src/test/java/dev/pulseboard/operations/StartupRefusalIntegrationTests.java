package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.pulseboard.PulseboardApplication;

/**
 * Bad settings stop the start with one line that names the setting and says what is wrong, and no stack trace:
 * the report Spring Boot prints through {@link StartupFailureAnalyzer}.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void refusesAPublicUrlThatIsNotHttpsWhenAClientIdIsSet(CapturedOutput output) {
        refused("--pulseboard.withings.client-id=real-app", "--pulseboard.withings.client-secret=s",
                "--pulseboard.public-url=http://pulse.example.org");

        assertThat(output).contains("pulseboard.public-url (PULSEBOARD_PUBLIC_URL): 'http://pulse.example.org' is "
                + "not HTTPS, but a Withings client id is set").doesNotContain("\tat ");
    }

    @Test
    void refusesAMissingPublicUrlWhenAClientIdIsSet(CapturedOutput output) {
        refused("--pulseboard.withings.client-id=real-app", "--pulseboard.withings.client-secret=s");

        assertThat(output).contains("pulseboard.public-url (PULSEBOARD_PUBLIC_URL): not set, but a Withings client "
                + "id is set").doesNotContain("\tat ");
    }

    @Test
    void refusesAClientIdWithoutItsSecret(CapturedOutput output) {
        refused("--pulseboard.withings.client-id=real-app", "--pulseboard.public-url=https://pulse.example.org");

        assertThat(output).contains("pulseboard.withings.client-secret (WITHINGS_CLIENT_SECRET): not set, but a "
                + "Withings client id is set").doesNotContain("\tat ");
    }

    @Test
    void refusesAnEncryptionKeyOfTheWrongLength(CapturedOutput output) {
        refused("--pulseboard.encryption-key=c2hvcnQ=");

        assertThat(output).contains("pulseboard.encryption-key (PULSEBOARD_ENCRYPTION_KEY): base64 of 5 bytes; it "
                + "must be base64 of 32 bytes").doesNotContain("\tat ");
    }

    @Test
    void refusesADatabaseThatCannotBeReached(CapturedOutput output) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        refused("--spring.datasource.url=jdbc:postgresql://localhost:" + closedPort + "/pulseboard",
                "--spring.datasource.username=pulseboard", "--spring.datasource.password=not-logged");

        assertThat(output).contains("spring.datasource.url (SPRING_DATASOURCE_URL): the database cannot be reached")
                .doesNotContain("not-logged").doesNotContain("\tat ");
    }

    @Test
    void refusesToRestoreAFileThatIsNotABackup(CapturedOutput output) throws IOException {
        Path notes = Files.writeString(dataDir.resolve("notes.txt"), "not a backup");

        refused("--pulseboard.restore-from=" + notes);

        assertThat(output).contains("pulseboard.restore-from: 'notes.txt' is not a Pulseboard backup")
                .doesNotContain("\tat ");
        assertThat(dataDir.resolve("data")).doesNotExist();
    }

    private void refused(String... settings) {
        String[] args = new String[settings.length + 4];
        args[0] = "--server.port=0";
        args[1] = "--pulseboard.data-dir=" + dataDir.resolve("data");
        args[2] = "--spring.main.banner-mode=off";
        args[3] = "--db-scheduler.enabled=false";
        System.arraycopy(settings, 0, args, 4, settings.length);
        assertThatThrownBy(() -> SpringApplication.run(PulseboardApplication.class, args).close())
                .as("the start is refused").isNotNull();
    }
}
