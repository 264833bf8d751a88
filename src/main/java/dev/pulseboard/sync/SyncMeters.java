package dev.pulseboard.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The sync module's meters. Runs by outcome and scope, with their duration ({@code pulseboard_sync_runs_seconds_*});
 * webhook intake by outcome ({@code pulseboard_webhook_notifications_total}); the notifications waiting in the
 * inbox ({@code pulseboard_notifications_inbox_depth}); and the seconds since each member's last successful sync
 * ({@code pulseboard_sync_since_last_success_seconds{member="id"}}, members listed again every 30 s and after each
 * successful run here; the value is computed at each scrape). Read from the database, so every instance reports
 * the same household.
 */
@Component
@EnableScheduling
public class SyncMeters {

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final MultiGauge sinceLastSuccess;

    SyncMeters(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("pulseboard.notifications.inbox.depth", this, SyncMeters::inboxDepth)
                .description("Withings notifications received and not yet processed").register(registry);
        this.sinceLastSuccess = MultiGauge.builder("pulseboard.sync.since.last.success").baseUnit("seconds")
                .description("Seconds since the member's last successful sync").register(registry);
        refreshMembers();
    }

    /** Starts timing a run. */
    public Timer.Sample runStarted() {
        return Timer.start(registry);
    }

    /**
     * {@code scope}: {@code full}, or the one data type a notification asked for; {@code outcome}: {@code succeeded},
     * {@code retrying} or {@code failed} (not retried).
     */
    public void runEnded(Timer.Sample sample, String scope, String outcome) {
        sample.stop(Timer.builder("pulseboard.sync.runs").description("Sync runs by scope and outcome")
                .tag("scope", scope).tag("outcome", outcome).register(registry));
        if ("succeeded".equals(outcome)) {
            refreshMembers();
        }
    }

    /** {@code outcome}: {@code accepted}, {@code malformed} or {@code refused} (wrong secret). */
    public void notificationReceived(String outcome) {
        Counter.builder("pulseboard.webhook.notifications").description("Withings notifications received")
                .tag("outcome", outcome).register(registry).increment();
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void refreshMembers() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        jdbc.sql("select member_id, last_success_at from sync_status where last_success_at is not null")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant())).list()
                .forEach(last -> rows.add(MultiGauge.Row.of(Tags.of("member", Long.toString(last.getKey())),
                        last.getValue(), at -> Duration.between(at, clock.instant()).toMillis() / 1000.0)));
        sinceLastSuccess.register(rows, true);
    }

    private double inboxDepth() {
        return jdbc.sql("select count(*) from notification_inbox where processed_at is null").query(Long.class)
                .single();
    }
}
