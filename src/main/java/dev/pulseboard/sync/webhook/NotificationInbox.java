package dev.pulseboard.sync.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import dev.pulseboard.withings.notify.Notification;

/**
 * The durable queue between Withings' webhook and the fetching: a notification is one row, inserted before the
 * webhook is answered. Processing is scheduled {@link #COALESCE} after the first pending notification, so a burst
 * becomes one run that fetches each member's data type once.
 */
@Component
public class NotificationInbox {

    static final Duration COALESCE = Duration.ofSeconds(1);
    /** The secret's length: 24 random bytes in URL-safe Base64. */
    static final int SECRET_CHARS = 32;
    private static final String SECRET = "webhook-secret";

    private final JdbcClient jdbc;
    private final SchedulerClient scheduler;
    private final Clock clock;
    private volatile byte[] secret;

    NotificationInbox(JdbcClient jdbc, SchedulerClient scheduler, Clock clock) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The path secret of this installation: made once, shared by every instance through the database. */
    String secret() {
        return new String(secretBytes(), StandardCharsets.US_ASCII);
    }

    boolean secretMatches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(secretBytes(), candidate.getBytes(StandardCharsets.US_ASCII));
    }

    void accept(Notification n) {
        jdbc.sql("insert into notification_inbox (withings_user, appli, start_epoch, end_epoch, action, received_at) "
                + "values (?, ?, ?, ?, ?, ?)")
                .params(n.userId().length() > 32 ? n.userId().substring(0, 32) : n.userId(), n.appli().code(),
                        n.start() == null ? null : n.start().getEpochSecond(),
                        n.end() == null ? null : n.end().getEpochSecond(), n.action(), Timestamp.from(clock.instant()))
                .update();
        scheduler.scheduleIfNotExists(new TaskInstance<>(NotificationJobs.PROCESS_TASK, "inbox"),
                clock.instant().plus(COALESCE));
    }

    List<Pending> pending(int limit) {
        return jdbc.sql("select id, withings_user, appli, action, start_epoch from notification_inbox "
                + "where processed_at is null order by id fetch first " + limit + " rows only")
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, Long.class))).list();
    }

    /** When a notification about this Withings user last arrived, if one ever did (and was kept). */
    public Optional<Instant> lastReceived(String withingsUser) {
        return jdbc.sql("select max(received_at) from notification_inbox where withings_user = ?").param(withingsUser)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional();
    }

    /** Forgets processed notifications received before {@code before}; returns how many. */
    public int prune(Instant before) {
        return jdbc.sql("delete from notification_inbox where processed_at is not null and received_at < ?")
                .param(Timestamp.from(before)).update();
    }

    void processed(List<Pending> done) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Pending p : done) {
            jdbc.sql("update notification_inbox set processed_at = ? where id = ?").params(now, p.id()).update();
        }
    }

    private byte[] secretBytes() {
        byte[] known = secret;
        if (known == null) {
            known = loadOrCreate().getBytes(StandardCharsets.US_ASCII);
            secret = known;
        }
        return known;
    }

    private String loadOrCreate() {
        var existing = jdbc.sql("select setting_value from app_setting where setting_name = ?").param(SECRET).query(String.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[SECRET_CHARS / 4 * 3];
        new SecureRandom().nextBytes(bytes);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            jdbc.sql("insert into app_setting (setting_name, setting_value) values (?, ?)").params(SECRET, made).update();
            return made;
        } catch (DuplicateKeyException anotherInstanceWon) {
            return jdbc.sql("select setting_value from app_setting where setting_name = ?").param(SECRET).query(String.class).single();
        }
    }

    /** A notification waiting to be processed. */
    /** A notification not yet processed; {@code start} is its announced window's start (epoch s), or null. */
    record Pending(long id, String withingsUser, int appli, String action, Long start) {
    }
}
