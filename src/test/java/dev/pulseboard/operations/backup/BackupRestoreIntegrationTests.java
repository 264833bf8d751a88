package dev.pulseboard.operations.backup;

import static dev.pulseboard.sync.ChildServers.countAll;
import static dev.pulseboard.sync.ChildServers.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.sync.ChildServers;

import tools.jackson.databind.JsonNode;

/**
 * The operator's path: a backup requested while a backfill runs on the embedded database, restored with
 * {@code --pulseboard.restore-from} into a new data directory (with the key file copied, as the README says), and a
 * server started on it: it has the household, the member and the readings the backup holds, finishes the backfill
 * from the backup's checkpoints, and its Withings link still works ("Sync now" succeeds with the restored tokens).
 */
class BackupRestoreIntegrationTests {

    @RegisterExtension
    final ChildServers servers = new ChildServers();

    @Test
    void backupTakenDuringASyncRestoresIntoANewDataDirectoryWithReadingsAndWorkingLinks() throws Exception {
        Path dir = servers.dir();
        Path original = dir.resolve("original");
        var backfill = servers.startBackfill("original", original, "Backed up");
        int port = backfill.port();
        String emulatorBase = backfill.emulatorBase();
        Process first = backfill.server();
        Api api = backfill.api();
        String token = backfill.token();
        long id = backfill.id();

        ChildServers.awaitActivityUnderWay(api, token, id);
        var started = api.post("/api/v1/admin/backups", token, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String file = started.json().get("file").asString();
        JsonNode listed = Poll.until(Duration.ofSeconds(30), "the backup to be written", () -> {
            JsonNode items = api.get("/api/v1/admin/backups", token).json().get("items");
            assertThat(servers.tail()).doesNotContain("The backup " + file + " failed");
            // One: the schedule's first backup is due an interval (24 h) after the start.
            return items.size() == 1 && items.get(0).get("file").asString().equals(file) ? items.get(0) : null;
        });
        assertThat(listed.get("size").asLong()).isPositive();
        var page = PageSession.signIn(port).get("/settings/backups");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the Backups page lists it, for an operator who uses no API").contains(file,
                "id=\"back-up-now\"").doesNotContain("id=\"no-backups\"");
        assertThat(api.get("/api/v1/audit", token).json().get("items").toString())
                .as("who asked for a copy of everyone's data").contains("BACKUP_REQUESTED", "backup " + file + " asked for");
        int weighInsAtBackup = times(api, token, id, "measurements?type=weight").size();
        first.destroy();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(original.resolve("encryption.key"), restored.resolve("encryption.key"));
        Process second = servers.start(port, emulatorBase, "restored", List.of("--pulseboard.data-dir=" + restored,
                "--pulseboard.restore-from=" + original.resolve("backups").resolve(file)));
        servers.waitUntilUp(api, second);

        String audit = Poll.until(Duration.ofSeconds(30), "the restore in the audit log", () -> {
            String items = api.get("/api/v1/audit", token).json().get("items").toString();
            return items.contains("RESTORED") ? items : null;
        });
        assertThat(audit).as("the household is told what it lost: the time after the backup")
                .contains("the server was restored from the backup " + file);
        assertThat(times(api, token, id, "measurements?type=weight")).as("the weigh-ins of the backup")
                .hasSizeGreaterThanOrEqualTo(weighInsAtBackup);
        ChildServers.awaitSuccess(api, token, id);
        Emulator emulator = servers.emulatorBean(Emulator.class);
        assertThat(ChildServers.timesOnceAllStored(api, token, id, "measurements?type=weight",
                () -> emulator.readings("alex", 1, 1).size())).as("weigh-ins after the resumed backfill")
                .hasSize(emulator.readings("alex", 1, 1).size()).doesNotHaveDuplicates();
        String withingsToken = ChildServers.emulatorToken(emulatorBase, ChildServers.callback(port));
        assertThat(times(api, token, id, "activity")).as("activity days").doesNotHaveDuplicates()
                .hasSize(countAll(emulatorBase, withingsToken, "/v2/measure", "getactivity", "activities"));

        String before = api.get("/api/v1/members/" + id + "/sync", token).json().get("lastSuccessAt").asString();
        assertThat(api.post("/api/v1/members/" + id + "/sync", token, null).status()).isEqualTo(202);
        JsonNode again = Poll.until(Duration.ofSeconds(60), "Sync now to succeed on the restored server", () -> {
            JsonNode s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return !s.get("lastSuccessAt").asString().equals(before) && "IDLE".equals(s.get("state").asString())
                    ? s : null;
        });
        assertThat(again.path("error").isNull() || again.path("error").isMissingNode()).as(again.toString()).isTrue();
        JsonNode member = api.get("/api/v1/members", token).json().get(0);
        assertThat(member.get("withings").get("status").asString()).isEqualTo("CONNECTED");
    }
}
