package dev.pulseboard.core;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure is the database out of reach: no connection to be had within the pool's wait (the pool's
 * timeout, or a transaction that could not start for want of one), SQLSTATE class 08 (connection exception) or 57P
 * (the server shutting down or starting), the pool's own "Connection is closed", or the embedded database closed
 * (which H2 does after a failed write: a full disk), until the pool opens it again. Not a full disk on PostgreSQL,
 * a constraint or a bad statement: those stay errors.
 */
public final class DatabaseUnreachable {

    /** What the server answers (503) while it lasts. */
    public static final String DETAIL = "The database cannot be reached just now. Nothing was changed; try again in "
            + "a minute.";

    /**
     * HikariCP's answer, without a SQLSTATE, on a pooled connection it closed when a call on it failed with a
     * connection error (class 08): the database went away while the connection was in use.
     */
    private static final String POOL_CLOSED = "Connection is closed";
    private static final int H2_DATABASE_IS_CLOSED = 90098;
    private static final int H2_CALLED_AT_SHUTDOWN = 90121;

    private DatabaseUnreachable() {
    }

    /**
     * Whether the database refused this server's user name or password (SQLSTATE class 28), say after the password
     * was changed in the database and not yet in the server's settings: no outage, the operator's to put right.
     */
    public static boolean refusedCredentials(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this is H2's embedded database closed under its connections (error 90098 "The database has been
     * closed", or 90121 "called at shutdown"): H2 closes the whole database when a write fails, on a full disk.
     */
    public static boolean embeddedClosed(SQLException e) {
        return e.getErrorCode() == H2_DATABASE_IS_CLOSED || e.getErrorCode() == H2_CALLED_AT_SHUTDOWN;
    }

    /** The failure or cause that says so, or null. */
    public static Throwable in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLException closed && embeddedClosed(closed)
                    || t instanceof SQLException sql && (sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                            || sql.getSQLState() == null && POOL_CLOSED.equals(sql.getMessage()))) {
                return t;
            }
        }
        return null;
    }
}
