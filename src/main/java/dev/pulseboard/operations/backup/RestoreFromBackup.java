package dev.pulseboard.operations.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipFile;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

import dev.pulseboard.core.InvalidSettingException;
import dev.pulseboard.core.PrivateFiles;

/**
 * {@code --pulseboard.restore-from=FILE}: before anything opens the database, the backup's database file is put
 * into the (empty) data directory, and the server starts on it. A file that is not a Pulseboard backup, one written
 * by a newer Pulseboard, a data directory that already holds a database, or a PostgreSQL set-up stops the start
 * with one line, and nothing is changed.
 * <p>
 * A restore leaves a note ({@value #PENDING}) beside the database until the server it started is ready
 * ({@link RestoreFinished}). A start refused after the restore (another encryption key than the backup's, a port in
 * use) leaves it, and the same command run again, with the mistake fixed, restores the backup again over the
 * database no server has used (another backup too); a database with no such note is still refused. A backup whose
 * database H2 cannot read is refused before anything is replaced.
 */
public class RestoreFromBackup implements EnvironmentPostProcessor {

    static final String SETTING = "pulseboard.restore-from";
    static final String PENDING = "restore-pending";
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String H2_SUFFIX = ".mv.db";

    private final Log log;

    public RestoreFromBackup(DeferredLogFactory logs) {
        this.log = logs.getLog(RestoreFromBackup.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String from = env.getProperty(SETTING);
        if (!StringUtils.hasText(from) || "emulator".equalsIgnoreCase(env.getProperty("pulseboard.mode", "app"))) {
            return;
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (embeddedDatabase(url).isEmpty()) {
            throw new InvalidSettingException(SETTING, "restores the embedded database only; this server uses "
                    + "another database (restore a pg_dump with pg_restore instead); nothing was changed");
        }
        Path database = embeddedDatabase(url).orElseThrow();
        boolean again = restore(Path.of(from.trim()), database, env.getProperty("spring.datasource.username", "sa"),
                env.getProperty("spring.datasource.password", ""));
        log.info("Restored the database from " + Path.of(from.trim()).getFileName() + " into " + database
                + (again ? ", over the unfinished restore there (the start after it did not finish)" : ""));
    }

    /** The embedded database's file for this data-source URL; empty for any other database. */
    static Optional<Path> embeddedDatabase(String url) {
        if (!url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String path = url.substring(H2_FILE.length());
        int options = path.indexOf(';');
        return Optional.of(Path.of((options < 0 ? path : path.substring(0, options)) + H2_SUFFIX));
    }

    /**
     * Puts the backup's database at {@code database}, or refuses and changes nothing. True when it replaced the
     * database an unfinished restore had put there. The copy is opened and every table read before it replaces
     * anything ({@code user} and {@code password}: the database's login): a backup damaged on its way (a bad copy, a
     * disk error) is refused with one line, not found by the start with a stack trace.
     */
    static boolean restore(Path backup, Path database, String user, String password) {
        if (!Files.isRegularFile(backup)) {
            throw new InvalidSettingException(SETTING, "'" + backup + "' is not a file; nothing was changed");
        }
        Properties manifest;
        try {
            manifest = BackupFile.manifest(backup);
        } catch (BackupFile.NotABackup e) {
            throw new InvalidSettingException(SETTING, "'" + backup.getFileName() + "' is not a Pulseboard backup: "
                    + e.getMessage() + "; nothing was changed");
        }
        int schema = Integer.parseInt(manifest.getProperty("schema", "0"));
        int newest = BackupFile.newestSchemaVersion();
        if (schema > newest) {
            throw new InvalidSettingException(SETTING, "'" + backup.getFileName() + "' was written by a newer "
                    + "Pulseboard (" + manifest.getProperty("version") + ", schema " + schema + "; this one knows "
                    + "schema " + newest + "): restore it with that version or a later one; nothing was changed");
        }
        Path pending = database.toAbsolutePath().resolveSibling(PENDING);
        // A database an unfinished restore put there (no server was ready on it) may be replaced, by any backup.
        boolean again = Files.exists(database) && !read(pending).isEmpty();
        if (Files.exists(database) && !again) {
            throw new InvalidSettingException(SETTING, "the data directory already holds a database (" + database
                    + "): restore into an empty data directory; nothing was changed");
        }
        try {
            Path directory = database.toAbsolutePath().getParent();
            PrivateFiles.directory(directory);
            Path partial = Files.createTempFile(directory, "restore-", H2_SUFFIX);
            try (ZipFile zip = new ZipFile(backup.toFile());
                    InputStream in = zip.getInputStream(BackupFile.database(zip))) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                PrivateFiles.ownerOnly(partial);
                readable(backup, partial, user, password);
                Files.writeString(pending, identity(backup));
                PrivateFiles.ownerOnly(pending);
                Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Restoring " + backup.getFileName() + " failed", e);
        }
        return again;
    }

    /**
     * Opens the copied database read-only and counts the rows of every table, which reads each table's pages: a
     * database H2 cannot read is refused, and the copy deleted by the caller.
     */
    private static void readable(Path backup, Path copy, String user, String password) {
        String file = copy.toAbsolutePath().toString();
        String url = "jdbc:h2:file:" + file.substring(0, file.length() - H2_SUFFIX.length())
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_schema, table_name from "
                    + "information_schema.tables where table_type = 'BASE TABLE' and table_schema <> "
                    + "'INFORMATION_SCHEMA'")) {
                while (rows.next()) {
                    tables.add("\"" + rows.getString(1) + "\".\"" + rows.getString(2) + "\"");
                }
            }
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                }
            }
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidSettingException(SETTING, "'" + backup.getFileName() + "' holds a database that cannot "
                    + "be read (" + reason.replace(file, "the copy") + "): the backup is damaged; restore another "
                    + "one; nothing was changed");
        }
    }

    /** What tells one backup file from another for the note: its name and size. */
    private static String identity(Path backup) {
        try {
            return backup.getFileName() + "\n" + Files.size(backup) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backup file a restore's note names ("(name not kept)" when it cannot be read). */
    static String restoredFrom(Path pending) {
        String name = read(pending).lines().findFirst().orElse("");
        return name.isBlank() ? "(name not kept)" : name;
    }

    private static String read(Path pending) {
        try {
            return Files.isRegularFile(pending) ? Files.readString(pending) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
