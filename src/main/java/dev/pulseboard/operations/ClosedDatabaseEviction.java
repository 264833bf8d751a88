package dev.pulseboard.operations;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

import dev.pulseboard.core.DatabaseUnreachable;

/**
 * The pool drops a connection whose embedded database was closed under it: H2 closes its whole database when a write
 * fails (a full disk), and every pooled connection then answers "The database has been closed" for good, a state
 * HikariCP does not know as fatal. Without this, the server answered 500 to every request until it was restarted,
 * even after space was freed; with it, the next connection opens the database again. Set as HikariCP's
 * {@code exception-override-class-name} (application.properties).
 */
public class ClosedDatabaseEviction implements SQLExceptionOverride {

    // No @Override here: in this interface's scope, "Override" is HikariCP's enum of verdicts.
    public Override adjudicate(SQLException e) {
        return DatabaseUnreachable.embeddedClosed(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
