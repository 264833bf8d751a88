package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.pulseboard.PulseboardApplication;
import dev.pulseboard.support.TestEnvironment;

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
                "--spring.datasource.username=pulseboard", "--spring.datasource.password=not-logged",
                "--pulseboard.encryption-key=" + TestEnvironment.TEST_KEY);

        assertThat(output).contains("spring.datasource.url (SPRING_DATASOURCE_URL): the database cannot be reached")
                .doesNotContain("not-logged").doesNotContain("\tat ");
    }

    @Test
    void refusesADatabaseUrlWithoutJdbc(CapturedOutput output) {
        refused("--spring.datasource.url=postgresql://localhost:5432/pulseboard",
                "--pulseboard.encryption-key=" + TestEnvironment.TEST_KEY);

        assertThat(output).contains("spring.datasource.url (SPRING_DATASOURCE_URL): not a JDBC URL")
                .doesNotContain("\tat ");
    }

    @Test
    void refusesToRestoreAFileThatIsNotABackup(CapturedOutput output) throws IOException {
        Path notes = Files.writeString(dataDir.resolve("notes.txt"), "not a backup");

        refused("--pulseboard.restore-from=" + notes);

        assertThat(output).contains("pulseboard.restore-from: 'notes.txt' is not a Pulseboard backup")
                .doesNotContain("\tat ");
        assertThat(dataDir.resolve("data")).doesNotExist();
    }

    /** A key made up in one instance's data directory must never take the place of the one the database was under. */
    @Test
    void refusesPreviousKeysWithoutTheNewKey(CapturedOutput output) {
        refused("--pulseboard.encryption-previous-keys=" + TestEnvironment.PREVIOUS_TEST_KEY);

        assertThat(output).contains("pulseboard.encryption-key (PULSEBOARD_ENCRYPTION_KEY): not set, but "
                + "pulseboard.encryption-previous-keys (PULSEBOARD_ENCRYPTION_PREVIOUS_KEYS) is")
                .doesNotContain("\tat ");
        assertThat(dataDir.resolve("data").resolve("encryption.key")).doesNotExist();
    }

    @Test
    void refusesPostgresqlWithoutAKey(CapturedOutput output) {
        List<String> settings = new ArrayList<>();
        TestEnvironment.newPostgresDatabase().forEach((k, v) -> settings.add("--" + k + "=" + v));

        refused(settings.toArray(String[]::new));

        assertThat(output).contains("pulseboard.encryption-key (PULSEBOARD_ENCRYPTION_KEY): not set, and the "
                + "database is PostgreSQL, which several instances may share").doesNotContain("\tat ");
    }

    /** The database keeps a value under the key it was first started with: another key is refused at once. */
    @Test
    void refusesAnotherKeyThanTheDatabasesBeforeAnyMemberHasConnected(CapturedOutput output) {
        SpringApplication.run(PulseboardApplication.class, args("--pulseboard.encryption-key="
                + TestEnvironment.TEST_KEY)).close();

        refusedWholeStart("--pulseboard.encryption-key=" + TestEnvironment.PREVIOUS_TEST_KEY);

        assertThat(output).contains("pulseboard.encryption-key (PULSEBOARD_ENCRYPTION_KEY): this key cannot read the "
                + "Withings tokens stored in the database (written under key id ").doesNotContain("\tat ");
        SpringApplication.run(PulseboardApplication.class, args("--pulseboard.encryption-key="
                + TestEnvironment.PREVIOUS_TEST_KEY, "--pulseboard.encryption-previous-keys="
                + TestEnvironment.TEST_KEY)).close();
        refusedWholeStart("--pulseboard.encryption-key=" + TestEnvironment.TEST_KEY);
        assertThat(output).as("rotated: the old key alone is refused now").contains("this key cannot read");
    }

    /** An old version's instance (a replica left behind, a rollback by swapping the jar) on a newer version's schema. */
    @Test
    void refusesASchemaANewerVersionMigrated(CapturedOutput output) throws IOException {
        Path newer = Files.createDirectories(dataDir.resolve("newer-version"));
        Files.writeString(newer.resolve("V9999__a_later_version.sql"), "create table later_version (id int);\n");
        SpringApplication.run(PulseboardApplication.class, args(
                "--spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor},filesystem:" + newer))
                .close();

        refusedWholeStart();

        String known;
        try (var migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            known = migrations.map(f -> f.getFileName().toString())
                    .map(f -> Integer.parseInt(f.substring(1, f.indexOf("__")))).max(Integer::compare).orElseThrow()
                    .toString();
        }
        assertThat(output).contains("A newer Pulseboard has migrated this database (its schema has version 9999; this "
                + "one knows schema versions up to " + known + ")", "restore the backup made before the upgrade")
                .doesNotContain("\tat ", "spring.datasource.url")
                .as("Flyway's advice would let the old version in").doesNotContain("run repair");
    }

    private void refused(String... settings) {
        List<String> args = new ArrayList<>(List.of(args(settings)));
        args.add("--db-scheduler.enabled=false");
        assertThatThrownBy(() -> SpringApplication.run(PulseboardApplication.class, args.toArray(String[]::new))
                .close()).as("the start is refused").isNotNull();
    }

    /** As {@link #refused}, with everything a start makes (the scheduler too). */
    private void refusedWholeStart(String... settings) {
        assertThatThrownBy(() -> SpringApplication.run(PulseboardApplication.class, args(settings)).close())
                .as("the start is refused").isNotNull();
    }

    private String[] args(String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--pulseboard.data-dir=" + dataDir.resolve("data"),
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(settings));
        return args.toArray(String[]::new);
    }
}
