package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

import dev.pulseboard.support.Api;
import dev.pulseboard.operations.backup.Backups;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.TestEnvironment;

import tools.jackson.databind.JsonNode;

/** {@code /api/v1/admin/backups} on the embedded file database: administrators back up and list; others get 403. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = TestEnvironment.H2File.class)
class BackupApiIntegrationTests {

    @Value("${server.port}")
    int port;

    @Value("${pulseboard.data-dir}")
    String dataDir;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Backups backupsBean;

    @Test
    void administratorStartsABackupAndFindsItListed() throws IOException {
        Api api = new Api(port);
        String token = Household.token(api);

        var started = api.post("/api/v1/admin/backups", token, null);

        assertThat(started.status()).isEqualTo(202);
        String file = started.json().get("file").asString();
        assertThat(file).matches("pulseboard-backup-\\d{8}T\\d{6}Z\\.zip");
        JsonNode listed = Poll.until(Duration.ofSeconds(30), "the backup to be listed", () -> {
            for (JsonNode item : api.get("/api/v1/admin/backups", token).json().get("items")) {
                if (item.get("file").asString().equals(file)) {
                    return item;
                }
            }
            return null;
        });
        assertThat(listed.get("size").asLong()).isPositive();
        Path backups = Path.of(dataDir, "backups");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.resolve(file))))
                .as("a backup is health data: its owner's alone").isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups))).isEqualTo("rwx------");
    }

    /**
     * A backup that cannot be written (a full disk, a backups folder the server may not write) is said on the Server
     * page and in its API until one succeeds: the log was the only place before, with the pages saying all was well.
     */
    @Test
    void aFailedBackupIsSaidUntilOneSucceeds() throws IOException {
        Api api = new Api(port);
        String token = Household.token(api);
        Path backups = Path.of(dataDir, "backups");
        Path aside = Path.of(dataDir, "backups-aside");
        Files.createDirectories(backups);
        Files.move(backups, aside);
        Files.writeString(backups, "not a folder");
        try {
            String file = api.post("/api/v1/admin/backups", token, null).json().get("file").asString();

            JsonNode warning = Poll.until(Duration.ofSeconds(30), "the failure to be said", () -> {
                for (JsonNode w : api.get("/api/v1/admin/server", token).json().get("warnings")) {
                    if (w.asString().startsWith("The last backup (" + file + ") failed: ")) {
                        return w;
                    }
                }
                return null;
            });
            assertThat(warning.asString()).contains("FileAlreadyExistsException", backups.toString());
            assertThat(PageSession.signIn(port).get("/settings/backups").body()).contains("id=\"backup-failed\"",
                    file);
        } finally {
            Files.delete(backups);
            Files.move(aside, backups);
        }
        String next = api.post("/api/v1/admin/backups", token, null).json().get("file").asString();
        Poll.until(Duration.ofSeconds(30), "a backup to succeed, and the failure to be said no more",
                () -> Files.exists(backups.resolve(next)) && !api.get("/api/v1/admin/server", token).json()
                        .get("warnings").toString().contains("The last backup"));
        assertThat(PageSession.signIn(port).get("/settings/backups").body()).doesNotContain("backup-failed");
    }

    /** What a stop during a backup left behind is removed at the next start, never listed or kept for ever. */
    @Test
    void removesWhatABackupCutOffByAStopLeftBehind() throws IOException {
        Path backups = Files.createDirectories(Path.of(dataDir, "backups"));
        Path oldStyle = Files.writeString(backups.resolve("backup-123.zip.tmp"), "half a backup");
        Path writing = Files.createDirectories(backups.resolve("writing-456"));
        Files.writeString(writing.resolve("pulseboard-backup-20261205T010000Z.zip"), "half a backup");

        assertThat(backupsBean.removeLeftovers()).isEqualTo(2);

        assertThat(oldStyle).doesNotExist();
        assertThat(writing).doesNotExist();
    }

    @Test
    void memberUserMayNeitherStartNorListBackups() {
        Api api = new Api(port);
        Household.token(api);
        jdbc.sql("insert into app_user (household_id, email, password_hash, name, role, created_at) "
                + "values ((select min(id) from household), ?, ?, ?, 'MEMBER', ?)")
                .params("member@example.org", passwords.encode("another long password"), "Sam",
                        Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
                .update();
        String memberToken = api.postBasic("/api/v1/tokens", "member@example.org", "another long password",
                "{\"name\":\"member\"}").json().get("token").asString();

        var start = api.post("/api/v1/admin/backups", memberToken, null);
        var list = api.get("/api/v1/admin/backups", memberToken);

        assertThat(start.status()).isEqualTo(403);
        assertThat(start.contentType()).startsWith("application/problem+json");
        assertThat(start.json().get("detail").asString()).isEqualTo("Only administrators may make or list backups.");
        assertThat(list.status()).isEqualTo(403);
    }
}
