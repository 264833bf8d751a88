package dev.pulseboard.operations.server;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.InstanceName;
import dev.pulseboard.operations.backup.Backups;

/**
 * This instance tells the database it is alive: a row of {@code server_instance} (its {@link InstanceName}, version
 * and start) written when it is ready and every minute after, deleted when it stops. Rows of instances not heard
 * from for a day (killed, or gone with their container) are deleted by whichever instance beats next; on the embedded
 * database, which one process alone opens, an earlier start's row is deleted at the start. While the database is
 * out a beat is skipped: the outage log says why.
 */
@Component
class InstanceHeartbeat {

    private static final Logger log = LoggerFactory.getLogger(InstanceHeartbeat.class);

    static final Duration BEAT = Duration.ofMinutes(1);
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String name;
    private final String version;
    private final Instant startedAt;
    private final boolean embedded;

    InstanceHeartbeat(JdbcClient jdbc, Clock clock, InstanceName name, ObjectProvider<BuildProperties> build,
            Backups backups) {
        this.jdbc = jdbc;
        this.embedded = backups.embedded();
        this.clock = clock;
        this.name = name.value();
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
        this.startedAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    String name() {
        return name;
    }

    String version() {
        return version;
    }

    Instant startedAt() {
        return startedAt;
    }

    /**
     * The first beat. A row of an earlier start of this server that ended without deleting it (killed, crashed) is
     * deleted at once rather than shown as silent for a day: on the embedded database, which one process alone opens,
     * every other row; on a shared one, the rows of the same host and port (this start holds the port now).
     */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        try {
            earlierStarts(jdbc.sql("select name from server_instance").query(String.class).list(), name, embedded)
                    .forEach(earlier -> jdbc.sql("delete from server_instance where name = ?").param(earlier)
                            .update());
        } catch (DataAccessException e) {
            log.warn("Could not forget this server's earlier starts", e);
        }
        beat();
    }

    /** Of the instances' names ({@code host:port-suffix}), those of earlier starts of the instance {@code self}. */
    static List<String> earlierStarts(List<String> names, String self, boolean embedded) {
        String samePlace = self.substring(0, self.lastIndexOf('-') + 1);
        return names.stream().filter(other -> !other.equals(self) && (embedded || other.startsWith(samePlace)))
                .toList();
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void beat() {
        Instant now = clock.instant();
        try {
            int updated = jdbc.sql("update server_instance set version = ?, started_at = ?, seen_at = ? where name = ?")
                    .params(version, Timestamp.from(startedAt), Timestamp.from(now), name).update();
            if (updated == 0) {
                jdbc.sql("insert into server_instance (name, version, started_at, seen_at) values (?, ?, ?, ?)")
                        .params(name, version, Timestamp.from(startedAt), Timestamp.from(now)).update();
            }
            jdbc.sql("delete from server_instance where seen_at < ?")
                    .param(Timestamp.from(now.minus(FORGOTTEN_AFTER))).update();
        } catch (DataAccessException e) {
            // The next beat tries again; while the database is out, DatabaseOutageLog says so instead of this.
            log.warn("Could not tell the database that this instance is alive", e);
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stopped() {
        try {
            jdbc.sql("delete from server_instance where name = ?").param(name).update();
        } catch (DataAccessException outage) {
            // Forgotten after a day by the others.
        }
    }
}
