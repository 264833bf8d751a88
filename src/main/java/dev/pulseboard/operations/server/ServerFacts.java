package dev.pulseboard.operations.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.pulseboard.connection.CallbackAddress;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.operations.backup.Backups;
import dev.pulseboard.operations.backup.OperationsProperties;

/**
 * What an operator checks first about a running installation, read afresh at each ask: this instance (version,
 * start, Java, heap), the instances heard from lately and their versions, the database (kind, version, schema,
 * size), the data directory's free space and the newest backup; with a plain sentence for each thing that needs
 * doing. No setting's value is shown: no URL, user name or secret.
 */
@Service
class ServerFacts {

    /** An instance not heard from for this long (three missed beats) has stopped or cannot reach the database. */
    static final Duration SILENT_AFTER = InstanceHeartbeat.BEAT.multipliedBy(3);
    /** Less free space than this in the data directory is worth a warning: a backup or the database may not fit. */
    static final long LOW_SPACE_BYTES = 1L << 30;
    /** A start makes its first backup after ten minutes: none an hour after the start means backups fail. */
    static final Duration FIRST_BACKUP_WITHIN = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final InstanceHeartbeat heartbeat;
    private final Backups backups;
    private final OperationsProperties properties;
    private final Path dataDir;
    private final Connections connections;
    private final CallbackAddress callback;

    ServerFacts(JdbcClient jdbc, DataSource dataSource, Clock clock, InstanceHeartbeat heartbeat, Backups backups,
            OperationsProperties properties, @Value("${pulseboard.data-dir:./data}") String dataDir,
            Connections connections, CallbackAddress callback) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.backups = backups;
        this.properties = properties;
        this.connections = connections;
        this.callback = callback;
        this.dataDir = Path.of(dataDir);
    }

    /** The installation as it stands now. */
    Server read() {
        Instant now = clock.instant();
        Runtime runtime = Runtime.getRuntime();
        ThisInstance self = new ThisInstance(heartbeat.name(), heartbeat.version(), heartbeat.startedAt(),
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")", runtime.maxMemory(),
                runtime.totalMemory() - runtime.freeMemory());
        List<Instance> instances = jdbc.sql("select name, version, started_at, seen_at from server_instance "
                + "order by started_at, name").query((rs, n) -> {
                    Instant seen = rs.getTimestamp("seen_at").toInstant();
                    return new Instance(rs.getString("name"), rs.getString("version"),
                            rs.getTimestamp("started_at").toInstant(), seen,
                            !seen.isBefore(now.minus(SILENT_AFTER)), rs.getString("name").equals(self.name()));
                }).list();
        Database database = database();
        Storage storage = storage();
        BackupState backup = backup(now);
        return new Server(self, instances, database, storage, backup,
                warnings(instances, storage, backup));
    }

    /**
     * Forgets a silent instance: one that will not come back (its machine or container gone), which the page would
     * otherwise list for a day. One heard from lately is kept; one forgotten that does run comes back at its next
     * beat, within a minute.
     */
    Forgotten forget(String name) {
        Instant since = clock.instant().minus(SILENT_AFTER);
        int deleted = jdbc.sql("delete from server_instance where name = ? and seen_at < ?")
                .params(name, Timestamp.from(since)).update();
        if (deleted > 0) {
            return Forgotten.FORGOTTEN;
        }
        return jdbc.sql("select count(*) from server_instance where name = ?").param(name).query(Integer.class)
                .single() > 0 ? Forgotten.LIVE : Forgotten.UNKNOWN;
    }

    /** What {@link #forget} did. */
    enum Forgotten {
        FORGOTTEN, LIVE, UNKNOWN
    }

    private Database database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new Database(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    backups.embedded(), backups.schemaVersion(),
                    backups.databaseFile().map(ServerFacts::size).orElse(null));
        } catch (SQLException e) {
            throw new IllegalStateException("The database's description could not be read", e);
        }
    }

    private Storage storage() {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            return new Storage(dir.toString(), Files.getFileStore(dir).getUsableSpace());
        } catch (IOException e) {
            return new Storage(dir.toString(), null);
        }
    }

    private BackupState backup(Instant now) {
        Duration interval = properties.backupInterval();
        if (!backups.embedded()) {
            return new BackupState(false, null, null, interval.toString(), false);
        }
        Optional<Backups.Backup> newest = backups.list().stream().findFirst();
        boolean late;
        if (interval.isZero()) {
            late = false;
        } else if (newest.isPresent()) {
            late = newest.get().createdAt().isBefore(now.minus(interval.multipliedBy(2)));
        } else {
            // The first backup is made ten minutes after a start.
            late = heartbeat.startedAt().isBefore(now.minus(FIRST_BACKUP_WITHIN));
        }
        return new BackupState(true, newest.map(Backups.Backup::file).orElse(null),
                newest.map(Backups.Backup::createdAt).orElse(null), interval.toString(), late);
    }

    private List<String> warnings(List<Instance> instances, Storage storage, BackupState backup) {
        List<String> warnings = new ArrayList<>();
        Set<String> versions = new TreeSet<>();
        instances.stream().filter(Instance::live).forEach(i -> versions.add(String.valueOf(i.version())));
        if (versions.size() > 1) {
            warnings.add("The instances run different versions (" + String.join(", ", versions) + "): finish the "
                    + "upgrade of every instance.");
        }
        instances.stream().filter(i -> !i.live()).forEach(i -> warnings.add("The instance " + i.name()
                + " has not been heard from for more than " + SILENT_AFTER.toMinutes() + " minutes: it was killed "
                + "or crashed (its machine or container gone, say), or it runs and cannot reach the database. Its "
                + "work is taken over by the others. If it is not coming back, Forget it below (it is forgotten a day "
                + "after it was last heard anyway); if it does run, it is listed again within a minute of reaching "
                + "the database."));
        if (callback.refusedByWithings()) {
            warnings.add(callback.warning());
        }
        int refused = connections.refusedForClientCredentials();
        if (refused > 0) {
            warnings.add("Withings refuses this server's client id or secret: the last token renewal of "
                    + (refused == 1 ? "1 member was" : refused + " members were") + " refused "
                    + "for it. Check WITHINGS_CLIENT_ID and WITHINGS_CLIENT_SECRET (pulseboard.withings.client-id, "
                    + "client-secret) against the Withings developer dashboard, on every instance. The members' links "
                    + "are kept: their syncs retry by themselves and work again once the setting is right.");
        }
        int fromTheDemo = connections.linkedToTheDemo();
        if (fromTheDemo > 0) {
            warnings.add((fromTheDemo == 1 ? "1 member was" : fromTheDemo + " members were") + " linked in demo mode "
                    + "to the built-in emulator: the readings they hold are made up, and their links were ended when "
                    + "this server started with a Withings app. On each one's page (the audit log names them), "
                    + "\"Delete the made-up readings\" drops them, and then Connect Withings links the real account "
                    + "(not before); or start real use on a fresh data directory.");
        }
        if (storage.freeBytes() != null && storage.freeBytes() < LOW_SPACE_BYTES) {
            warnings.add("Less than 1 GB is free where the data directory is: the database, its backups and the "
                    + "logs may soon not fit.");
        }
        if (backup.embedded() && properties.backupInterval().isZero()) {
            warnings.add("Scheduled backups are off (pulseboard.operations.backup-interval is 0): back the data "
                    + "directory up another way, with the server stopped.");
        }
        backups.lastFailure().ifPresent(failed -> warnings.add("The last backup (" + failed.file() + ") failed: "
                + failed.reason() + ". Check the data directory's backups folder (free space, its owner and "
                + "permissions); Settings → Backups says so until a backup succeeds."));
        if (backup.late()) {
            warnings.add(backup.newestAt() == null ? "No backup has been made since the server started: look in the "
                    + "log for why backups fail."
                    : "The newest backup is older than twice the backup interval: look in the log for why backups "
                            + "fail.");
        }
        return warnings;
    }

    private static Long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The whole answer of the Server page and of {@code GET /api/v1/admin/server}. */
    record Server(ThisInstance instance, List<Instance> instances, Database database, Storage dataDirectory,
            BackupState backups, List<String> warnings) {
    }

    /** The instance that answers: its Java runtime's vendor and version, heap in bytes. */
    record ThisInstance(String name, String version, Instant startedAt, String runtime, long maxHeapBytes,
            long usedHeapBytes) {
    }

    /** An instance as it last told the database; {@code live}: heard from within three minutes. */
    record Instance(String name, String version, Instant startedAt, Instant seenAt, boolean live, boolean self) {
    }

    /** {@code sizeBytes}: the embedded database's file, null on PostgreSQL. */
    record Database(String product, String version, boolean embedded, int schemaVersion, Long sizeBytes) {
    }

    /** {@code freeBytes}: usable space of the data directory's file system, null when it cannot be read. */
    record Storage(String path, Long freeBytes) {
    }

    /**
     * On the embedded database: the newest backup, the interval (ISO 8601, {@code PT0S}: never) and whether the newest
     * is late; on PostgreSQL nothing but {@code embedded} false and the interval.
     */
    record BackupState(boolean embedded, @Nullable String newest, @Nullable Instant newestAt, String interval,
            boolean late) {
    }
}
