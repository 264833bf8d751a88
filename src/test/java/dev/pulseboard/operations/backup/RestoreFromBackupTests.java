package dev.pulseboard.operations.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.InvalidSettingException;

/** What a restore refuses, and that a refusal changes nothing in the data directory. */
class RestoreFromBackupTests {

    private static final String USER = "sa";
    private static final String PASSWORD = "";

    @TempDir
    Path dir;

    private final Map<Path, byte[]> contents = new HashMap<>();

    @Test
    void restoresTheDatabaseOfABackupIntoAnEmptyDataDirectory() throws Exception {
        Path backup = backup("schema=1", "database bytes");
        Path database = dir.resolve("data").resolve("pulseboard.mv.db");

        RestoreFromBackup.restore(backup, database, USER, PASSWORD);

        assertThat(database).hasBinaryContent(contents.get(backup));
        assertThat(database.getParent()).isDirectoryNotContaining("glob:**restore-[0-9]*");
    }

    /** A backup damaged on its way (a bad copy, a disk error) is refused with one line before anything is replaced. */
    @Test
    void refusesABackupWhoseDatabaseCannotBeRead() throws Exception {
        byte[] good = database("from the backup");
        Path damaged = zip("pulseboard-backup-20260103T000000Z.zip", "schema=1",
                Arrays.copyOf(good, good.length / 2));
        Path database = dir.resolve("data").resolve("pulseboard.mv.db");

        assertThatThrownBy(() -> RestoreFromBackup.restore(damaged, database, USER, PASSWORD))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("pulseboard.restore-from: 'pulseboard-backup-20260103T000000Z.zip' holds a "
                        + "database that cannot be read (")
                .hasMessageEndingWith("): the backup is damaged; restore another one; nothing was changed");
        assertThat(database).doesNotExist();
        assertThat(database.getParent()).isEmptyDirectory();
    }

    @Test
    void refusesAFileThatIsNotABackup() throws IOException {
        Path notZip = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path database = dir.resolve("data").resolve("pulseboard.mv.db");

        assertThatThrownBy(() -> RestoreFromBackup.restore(notZip, database, USER, PASSWORD))
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

        assertThatThrownBy(() -> RestoreFromBackup.restore(zip, dir.resolve("data/pulseboard.mv.db"), USER,
                PASSWORD))
                .hasMessageContaining("not a Pulseboard backup: it is a zip file, but not a Pulseboard backup");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void refusesABackupOfANewerSchema() throws Exception {
        Path backup = backup("schema=9999\nversion=99.0.0", "future");

        assertThatThrownBy(() -> RestoreFromBackup.restore(backup, dir.resolve("data/pulseboard.mv.db"), USER,
                PASSWORD))
                .hasMessageContaining("was written by a newer Pulseboard (99.0.0, schema 9999; this one knows schema "
                        + BackupFile.newestSchemaVersion() + ")");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void refusesADataDirectoryThatHoldsADatabase() throws Exception {
        Path backup = backup("schema=1", "from the backup");
        Path database = dir.resolve("data").resolve("pulseboard.mv.db");
        Files.createDirectories(database.getParent());
        Files.writeString(database, "live data");

        assertThatThrownBy(() -> RestoreFromBackup.restore(backup, database, USER, PASSWORD))
                .hasMessageContaining("the data directory already holds a database");
        assertThat(database).hasContent("live data");
    }

    @Test
    void restoresABackupAgainOverADatabaseNoServerHasUsedYet() throws Exception {
        Path backup = backup("schema=1", "from the backup");
        Path database = dir.resolve("data").resolve("pulseboard.mv.db");
        assertThat(RestoreFromBackup.restore(backup, database, USER, PASSWORD)).isFalse();
        // The start was refused (another key): it may have written to the database before it stopped.
        Files.writeString(database, "touched by a refused start");

        assertThat(RestoreFromBackup.restore(backup, database, USER, PASSWORD)).as("again").isTrue();

        assertThat(database).hasBinaryContent(contents.get(backup));
        Path other = backup("pulseboard-backup-20260102T000000Z.zip", "schema=1", "another backup");
        assertThat(RestoreFromBackup.restore(other, database, USER, PASSWORD)).as("another backup, as the first was "
                + "not started on").isTrue();
        assertThat(database).hasBinaryContent(contents.get(other));
        Accounts accounts = mock(Accounts.class);
        when(accounts.households()).thenReturn(List.of(HouseholdId.of(1)));
        List<Object> published = new ArrayList<>();
        new RestoreFinished("jdbc:h2:file:" + dir.resolve("data").resolve("pulseboard") + ";WRITE_DELAY=0", accounts,
                published::add).ready();
        assertThat(dir.resolve("data").resolve(RestoreFromBackup.PENDING)).doesNotExist();
        assertThat(published).as("the household's audit log is told").singleElement()
                .isInstanceOfSatisfying(HouseholdChanged.class, e -> {
                    assertThat(e.change()).isEqualTo(HouseholdChanged.Change.RESTORED);
                    assertThat(e.detail()).contains("pulseboard-backup-20260102T000000Z.zip");
                });
        assertThatThrownBy(() -> RestoreFromBackup.restore(backup, database, USER, PASSWORD))
                .as("the server started on it").hasMessageContaining("the data directory already holds a database");
        assertThat(database).hasBinaryContent(contents.get(other));
    }

    @Test
    void knowsTheNewestMigrationOnTheClassPath() {
        assertThat(BackupFile.newestSchemaVersion()).isGreaterThanOrEqualTo(36);
    }

    private Path backup(String manifest, String marker) throws Exception {
        return backup("pulseboard-backup-20260101T000000Z.zip", manifest, marker);
    }

    /** A backup zip holding a real H2 database with one row, {@code marker}; its database bytes in {@link #contents}. */
    private Path backup(String name, String manifest, String marker) throws Exception {
        byte[] database = database(marker);
        Path zip = zip(name, manifest, database);
        contents.put(zip, database);
        return zip;
    }

    private byte[] database(String marker) throws Exception {
        Path made = Files.createTempDirectory(dir, "made");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + made.resolve("pulseboard"), USER,
                PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute("create table marker (v varchar(100))");
            statement.execute("insert into marker values ('" + marker + "')");
        }
        return Files.readAllBytes(made.resolve("pulseboard.mv.db"));
    }

    private Path zip(String name, String manifest, byte[] database) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(BackupFile.MANIFEST_ENTRY));
            z.write(("format=" + BackupFile.FORMAT + "\n" + manifest + "\n").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(BackupFile.DATABASE_ENTRY));
            z.write(database);
        }
        return zip;
    }
}
