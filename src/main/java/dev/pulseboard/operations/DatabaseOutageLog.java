package dev.pulseboard.operations;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * While the database cannot be reached, every scheduler of the server (the sync jobs' poller, the session cleanup,
 * the scheduled visits) and every request fails on it and would log the same stack trace, thousands of lines in a
 * few minutes. This log filter lets one line a minute say it instead: an event that carries a "cannot connect"
 * failure ({@link #unreachable}) is dropped and counted, and a WARN without a stack trace names the last one.
 */
@Component
class DatabaseOutageLog extends TurboFilter implements DisposableBean {

    static final Duration EVERY = Duration.ofMinutes(1);
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(DatabaseOutageLog.class);

    private final Clock clock;
    private final AtomicReference<Instant> lastSaid = new AtomicReference<>(Instant.MIN);

    DatabaseOutageLog(Clock clock) {
        this.clock = clock;
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(this);
            start();
        }
    }

    /**
     * The database's own "cannot connect" in a failure or its causes, or null: the pool's wait run out, SQLSTATE
     * class 08 (connection exception) or 57P (the server shutting down or starting).
     */
    static Throwable unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return t;
            }
        }
        return null;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (t == null || level == null || !level.isGreaterOrEqual(Level.WARN) || unreachable(t) == null) {
            return FilterReply.NEUTRAL;
        }
        report(logger.getName(), unreachable(t));
        return FilterReply.DENY;
    }

    /** Says, at most once a minute, that the database cannot be reached, and who found out how. */
    void report(String where, Throwable unreachable) {
        Instant now = clock.instant();
        Instant last = lastSaid.get();
        if (now.isAfter(last.plus(EVERY)) && lastSaid.compareAndSet(last, now)) {
            log.warn("The database cannot be reached ({}: {}); this is said once a minute while it lasts, and pages "
                    + "and the API answer 503", where, unreachable.getMessage());
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
