package dev.pulseboard.operations.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.HouseholdChanged;

/**
 * When backups are written: whenever the newest backup in the directory (scheduled or requested) is
 * {@code pulseboard.operations.backup-interval} old or none is there, checked ten minutes after the start and then
 * every hour at most, so a server restarted more often than the interval still makes its backups; and on request. Both go through one background thread, so two backups never run at once and a request
 * is answered at once.
 */
@Component
@EnableScheduling
class BackupSchedule implements SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);
    private static final Duration HOURLY = Duration.ofHours(1);
    private static final Duration FIRST_CHECK = Duration.ofMinutes(10);
    private static final Duration LEEWAY = Duration.ofMinutes(1);

    private final Backups backups;
    private final OperationsProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** The requested backup waiting for the worker or being written, if any. */
    private String pending;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "pulseboard-backup");
        thread.setDaemon(true);
        return thread;
    });

    BackupSchedule(Backups backups, OperationsProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.backups = backups;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration interval = properties.backupInterval();
        if (backups.embedded() && !interval.isZero() && !interval.isNegative()) {
            Duration check = interval.compareTo(HOURLY) < 0 ? interval : HOURLY;
            registrar.addFixedDelayTask(new FixedDelayTask(() -> {
                Optional<Instant> newest = backups.list().stream().map(Backups.Backup::createdAt).findFirst();
                if (due(newest, clock.instant(), interval)) {
                    run(backups.nextName());
                }
            }, check, check.compareTo(FIRST_CHECK) < 0 ? check : FIRST_CHECK));
        }
    }

    /** A backup is due when there is none, or the newest is an interval old (a minute's leeway for the check). */
    static boolean due(Optional<Instant> newest, Instant now, Duration interval) {
        return newest.map(at -> !at.plus(interval).minus(LEEWAY).isAfter(now)).orElse(true);
    }

    /**
     * Starts a backup in the background and returns the name of the file it will write; while one is waiting or being
     * written, returns that one's name instead of starting another (two requests a moment apart, a double-click,
     * would otherwise write the same file twice, the second over the first).
     */
    synchronized String request() {
        if (pending != null) {
            return pending;
        }
        String name = backups.nextName();
        pending = name;
        worker.execute(() -> run(name));
        return name;
    }

    /**
     * {@link #request()} asked for by an administrator (the API or the Backups page): a copy of every member's data,
     * so the audit log records who asked for it (the scheduled ones are the server's own).
     */
    synchronized String requestBy(CurrentUser user) {
        boolean started = pending == null;
        String file = request();
        if (started) {
            // Once a backup: asked for again while it is written, it is the same one.
            events.publishEvent(new HouseholdChanged(user.householdId(), user.userId(), null,
                    HouseholdChanged.Change.BACKUP_REQUESTED, "backup " + file + " asked for"));
        }
        return file;
    }

    /** At the start, before the first backup: what a stop during a backup left behind goes. */
    @EventListener(ApplicationReadyEvent.class)
    void removeLeftovers() {
        int removed = backups.removeLeftovers();
        if (removed > 0) {
            log.info("Removed {} unfinished backup(s) that a stop cut off", removed);
        }
    }

    private void run(String name) {
        RuntimeException failure = null;
        try {
            backups.create(name);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            synchronized (this) {
                if (name.equals(pending)) {
                    pending = null;
                }
            }
        }
        if (failure != null) {
            // Said once no backup is pending, so that a request after it starts a new one. The reason in the log
            // line itself (the pages say it too); the whole trace for a closer look.
            backups.failed(name, failure.getMessage());
            log.error("The backup {} failed: {}", name, failure.getMessage());
            log.debug("The backup {} failed", name, failure);
        }
    }

    @Override
    public void destroy() {
        synchronized (this) {
            if (pending != null) {
                log.warn("The backup {} was being written when the server stopped: it is abandoned, and the next start "
                        + "removes what it wrote", pending);
            }
        }
        worker.shutdown();
    }
}
