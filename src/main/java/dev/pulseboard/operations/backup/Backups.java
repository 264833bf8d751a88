package dev.pulseboard.operations.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

import dev.pulseboard.core.PrivateFiles;

/**
 * Online backups of the embedded H2 database into {@code {data-dir}/backups}: H2's {@code BACKUP TO} copies the
 * database while it serves (a consistent snapshot, nothing locked) into a zip, and a manifest is added to that zip
 * (see {@link BackupFile}). A backup is written under a temporary name and renamed when complete, so the list never
 * shows a half-written file; after each one, only the newest {@code backups-kept} are kept. On PostgreSQL there is
 * nothing to do here: {@code pg_dump} is the tool (README).
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    /** The name of the private directory a backup is written in, before it is moved into place. */
    private static final String WRITING = "writing-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OperationsProperties properties;
    private final Path directory;
    private final boolean embedded;
    private final Optional<Path> databaseFile;
    private volatile Failure lastFailure;

    Backups(JdbcClient jdbc, Clock clock, OperationsProperties properties,
            @Value("${pulseboard.data-dir:./data}") String dataDir, @Value("${spring.datasource.url:}") String url) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.directory = Path.of(dataDir).resolve("backups");
        this.embedded = url.startsWith("jdbc:h2:file:");
        this.databaseFile = RestoreFromBackup.embeddedDatabase(url);
    }

    /** Whether this server's database is the embedded one, which it backs up itself. */
    public boolean embedded() {
        return embedded;
    }

    /** The embedded database's file; empty on PostgreSQL. */
    public Optional<Path> databaseFile() {
        return databaseFile;
    }

    /** The name the next backup will have. */
    public String nextName() {
        return "pulseboard-backup-" + STAMP.format(clock.instant()) + ".zip";
    }

    /**
     * Writes a backup under the given name (see {@link #nextName()}), then prunes the oldest. H2 writes the copy in a
     * directory of its own that only the server's account may enter ({@value #WRITING}...), whatever the umask gives
     * the file and whatever the backups folder's permissions, and it is moved into place once complete. A failure
     * throws {@link BackupFailed}, whose message is the reason in one line.
     */
    public synchronized Path create(String name) {
        if (!embedded) {
            throw new IllegalStateException("Only the embedded database is backed up by Pulseboard");
        }
        try {
            PrivateFiles.directory(directory);
            Path writing = Files.createTempDirectory(directory, WRITING);
            Path partial = writing.resolve(name);
            Path target = directory.resolve(name);
            try {
                jdbc.sql("backup to '" + partial.toAbsolutePath().toString().replace("'", "''") + "'").update();
                addManifest(partial);
                PrivateFiles.ownerOnly(partial);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                lastFailure = null;
            } finally {
                // With whatever a failure left there (the zip file system's own temporary file, say).
                FileSystemUtils.deleteRecursively(writing);
            }
            prune();
            log.info("Backed up the database to {}", target.getFileName());
            return target;
        } catch (IOException | RuntimeException e) {
            throw new BackupFailed(reason(e), e);
        }
    }

    /** Keeps a backup's failure for the pages to say (see {@link #lastFailure()}), until a backup succeeds. */
    void failed(String name, String reason) {
        lastFailure = new Failure(name, clock.instant(), reason);
    }

    /** The last backup's failure, until a backup succeeds; empty when the last one worked (or none was tried). */
    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /**
     * Removes what backups cut off by a stop (a kill, a power cut) left in the backups folder: the copies being
     * written, never listed and never pruned. Run at the start, before any backup.
     */
    public int removeLeftovers() {
        if (!embedded || !Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.toList()) {
                String file = f.getFileName().toString();
                if (file.startsWith(WRITING) && Files.isDirectory(f)) {
                    FileSystemUtils.deleteRecursively(f);
                    removed++;
                } else if (file.startsWith("backup-") && file.endsWith(".zip.tmp")) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not remove the unfinished backups in {}: {}", directory, e.toString());
        }
        return removed;
    }

    /** What went wrong, in one line: the innermost cause, where the reason is ("AccessDeniedException: /data/x"). */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }

    /** The backups present, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> BackupFile.NAME.matcher(f.getFileName().toString()).matches())
                    .map(Backups::describe)
                    .sorted(Comparator.comparing(Backup::file).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the manifest to H2's zip in place (the zip file system copies the database entry's compressed bytes as
     * they are: no second compression).
     */
    private void addManifest(Path h2Backup) throws IOException {
        String manifest = "format=" + BackupFile.FORMAT + "\nversion=" + BackupFile.applicationVersion()
                + "\nschema=" + schemaVersion() + "\ncreated=" + clock.instant() + "\n";
        try (FileSystem zip = FileSystems.newFileSystem(h2Backup)) {
            Files.writeString(zip.getPath(BackupFile.MANIFEST_ENTRY), manifest, StandardCharsets.UTF_8);
        }
    }

    /** The newest migration applied to the database (its Flyway version), 0 before any. */
    public int schemaVersion() {
        return jdbc.sql("select \"version\" from \"flyway_schema_history\" "
                        + "where \"success\" and \"version\" is not null").query(String.class).list().stream()
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    private void prune() throws IOException {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(all.size(), properties.backupsKept()), all.size())) {
            Files.deleteIfExists(directory.resolve(old.file()));
        }
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A backup file: its name in the backups directory, its size in bytes, when it was written. */
    public record Backup(String file, long size, Instant createdAt) {
    }

    /** A backup that failed: the file it was to be, when, and why in one line. */
    public record Failure(String file, Instant at, String reason) {
    }

    /** A backup that could not be written; its message is the one-line reason. */
    static final class BackupFailed extends RuntimeException {

        BackupFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
