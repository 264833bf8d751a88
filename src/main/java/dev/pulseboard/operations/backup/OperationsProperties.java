package dev.pulseboard.operations.backup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operations settings ({@code pulseboard.operations.*}).
 *
 * @param backupInterval how often the embedded database is backed up into {@code {data-dir}/backups} ({@code 0}:
 *     never; on PostgreSQL there are no scheduled backups: use {@code pg_dump})
 * @param backupsKept how many scheduled or requested backups are kept; older ones are deleted
 */
@ConfigurationProperties("pulseboard.operations")
public record OperationsProperties(@DefaultValue("24h") Duration backupInterval, @DefaultValue("7") int backupsKept) {
}
