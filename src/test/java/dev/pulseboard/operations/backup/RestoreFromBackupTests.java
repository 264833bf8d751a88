package dev.pulseboard.operations.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pulseboard.core.InvalidSettingException;

/** What a restore refuses, and that a refusal changes nothing in the data directory. */
class RestoreFromBackupTests {

    @TempDir
    Path dir;

    @Test
    void restoresTheDatabaseOfABackupIntoAnEmptyDataDirectory() throws IOException {
        Path backup = backup("schema=1", "database bytes");
        Path database = dir.resolve("data").resolve("pulseboard.mv.db");

        RestoreFromBackup.restore(backup, database);

        assertThat(database).hasContent("database bytes");
        assertThat(database.getParent()).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void refusesAFileThatIsNotABackup() throws IOException {
        Path notZip = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path database = dir.resolve("data").resolve("pulseboard.mv.db");

        assertThatThrownBy(() -> RestoreFromBackup.restore(notZip, database))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("pulseboard.restore-from: 'notes.txt' is not a Pulseboard backup: it is not a zip file; "
                        + "nothing was changed");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void refusesAZipWithoutAManifest() throws IOException {
        Path zip = dir.resolve("other.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("pulseboard.mv.db"));
            z.write(1);
        }

        assertThatThrownBy(() -> RestoreFromBackup.restore(zip, dir.resolve("data/pulseboard.mv.db")))
                .hasMessageContaining("not a Pulseboard backup: it is a zip file, but not a Pulseboard backup");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void refusesABackupOfANewerSchema() throws IOException {
        Path backup = backup("schema=9999\nversion=99.0.0", "future");

        assertThatThrownBy(() -> RestoreFromBackup.restore(backup, dir.resolve("data/pulseboard.mv.db")))
                .hasMessageContaining("was written by a newer Pulseboard (99.0.0, schema 9999; this one knows schema "
                        + BackupFile.newestSchemaVersion() + ")");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void refusesADataDirectoryThatHoldsADatabase() throws IOException {
        Path backup = backup("schema=1", "from the backup");
        Path database = dir.resolve("data").resolve("pulseboard.mv.db");
        Files.createDirectories(database.getParent());
        Files.writeString(database, "live data");

        assertThatThrownBy(() -> RestoreFromBackup.restore(backup, database))
                .hasMessageContaining("the data directory already holds a database");
        assertThat(database).hasContent("live data");
    }

    @Test
    void restoresTheSameBackupAgainOverADatabaseNoServerHasUsedYet() throws IOException {
        Path backup = backup("schema=1", "from the backup");
        Path database = dir.resolve("data").resolve("pulseboard.mv.db");
        assertThat(RestoreFromBackup.restore(backup, database)).isFalse();
        // The start was refused (another key): it may have written to the database before it stopped.
        Files.writeString(database, "touched by a refused start");

        assertThat(RestoreFromBackup.restore(backup, database)).as("again").isTrue();

        assertThat(database).hasContent("from the backup");
        Path other = backup("pulseboard-backup-20260102T000000Z.zip", "schema=1", "another backup");
        assertThatThrownBy(() -> RestoreFromBackup.restore(other, database))
                .hasMessageContaining("the data directory already holds a database");
        new RestoreFinished("jdbc:h2:file:" + dir.resolve("data").resolve("pulseboard") + ";WRITE_DELAY=0").ready();
        assertThat(dir.resolve("data").resolve(RestoreFromBackup.PENDING)).doesNotExist();
        assertThatThrownBy(() -> RestoreFromBackup.restore(backup, database)).as("the server started on it")
                .hasMessageContaining("the data directory already holds a database");
        assertThat(database).hasContent("from the backup");
    }

    @Test
    void knowsTheNewestMigrationOnTheClassPath() {
        assertThat(BackupFile.newestSchemaVersion()).isGreaterThanOrEqualTo(36);
    }

    private Path backup(String manifest, String database) throws IOException {
        return backup("pulseboard-backup-20260101T000000Z.zip", manifest, database);
    }

    private Path backup(String name, String manifest, String database) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(BackupFile.MANIFEST_ENTRY));
            z.write(("format=" + BackupFile.FORMAT + "\n" + manifest + "\n").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(BackupFile.DATABASE_ENTRY));
            z.write(database.getBytes(StandardCharsets.UTF_8));
        }
        return zip;
    }
}
