package dev.pulseboard.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.DatabaseUnreachable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * While the database cannot be reached, every scheduler of the server (the sync jobs' poller, the session cleanup,
 * the scheduled visits) and every request fails on it and would log the same stack trace, thousands of lines in a
 * few minutes. This log filter lets one line a minute say it instead: an event that carries a "cannot connect"
 * failure ({@link DatabaseUnreachable}) is dropped, and a WARN without a stack trace names the first of each minute.
 */
@Component
class DatabaseOutageLog extends TurboFilter implements DisposableBean {

    static final Duration EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final AtomicReference<Instant> lastSaid = new AtomicReference<>(Instant.MIN);
    private final AtomicReference<Instant> since = new AtomicReference<>();

    DatabaseOutageLog(Clock clock) {
        this.clock = clock;
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        // log.error("... {}", arg, e) hands the throwable over as the last parameter, not as t.
        Throwable failure = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last
                : null;
        Throwable unreachable = DatabaseUnreachable.in(failure);
        // INFO too: db-scheduler tells a heartbeat it could not write at INFO, with the stack trace, every 10 s.
        if (unreachable == null || level == null || !level.isGreaterOrEqual(Level.INFO)) {
            return FilterReply.NEUTRAL;
        }
        report(logger.getName(), unreachable);
        return FilterReply.DENY;
    }

    /** Says, at most once a minute, that the database cannot be reached, and who found out how. */
    void report(String where, Throwable unreachable) {
        Instant now = clock.instant();
        since.compareAndSet(null, now);
        Instant last = lastSaid.get();
        if (now.isAfter(last.plus(EVERY)) && lastSaid.compareAndSet(last, now)) {
            // Looked up here, at most once a minute: logback's Logger is the one this filter's signature names.
            LoggerFactory.getLogger(DatabaseOutageLog.class).warn("The database cannot be reached, or has no "
                    + "connection free ({}: {}){}; this is said once a minute while it lasts, and pages and the API "
                    + "answer 503", where, unreachable.getMessage(), DatabaseUnreachable.refusedCredentials(unreachable)
                            ? ": it refuses this server's user name or password (spring.datasource.username and "
                                    + "password: SPRING_DATASOURCE_PASSWORD, changed in the database but not here?)"
                            : "");
        }
    }

    /** When the outage being told began, while one is ({@link DatabaseRecovery} looks for its end). */
    Optional<Instant> outageSince() {
        return Optional.ofNullable(since.get());
    }

    /** The database answered again: said once, with how long it could not be reached. */
    void ended() {
        Instant began = since.getAndSet(null);
        if (began != null) {
            lastSaid.set(Instant.MIN);
            LoggerFactory.getLogger(DatabaseOutageLog.class).info("The database can be reached again (it could not "
                    + "be for about {} s)", Math.max(1, Duration.between(began, clock.instant()).toSeconds()));
        }
    }

    @Override
    public void destroy() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext logback) {
            logback.getTurboFilterList().remove(this);
        }
        stop();
    }
}
