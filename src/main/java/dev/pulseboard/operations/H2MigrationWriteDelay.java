package dev.pulseboard.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway's migrations on the embedded H2 database run with H2's default write delay (half a second) instead of the
 * {@code WRITE_DELAY=0} of the data-source URL, which writes the database file at every commit: a new installation
 * applies every migration at its first start, each in its own transaction, and those commits were about half of
 * Flyway's migration time (issue 18, BENCHMARKS). The previous value is put back when the migration ends, failed or
 * not, before any other bean uses the database. A start killed during the migration loses at most its last half
 * second of migrations, which the next start applies again; what H2 writes is always a state the database had.
 * Nothing changes on PostgreSQL, or where the database user may not change the setting (it needs H2's admin right).
 */
@Component
class H2MigrationWriteDelay implements Callback {

    private static final Logger log = LoggerFactory.getLogger(H2MigrationWriteDelay.class);
    private static final int MIGRATION_WRITE_DELAY_MILLIS = 500;

    /** The database's own value while a migration runs with the longer delay, else null. */
    private volatile Integer saved;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                if (event == Event.BEFORE_MIGRATE) {
                    Integer own = current(statement);
                    if (own != null && own < MIGRATION_WRITE_DELAY_MILLIS) {
                        statement.execute("SET WRITE_DELAY " + MIGRATION_WRITE_DELAY_MILLIS);
                        saved = own;
                    }
                } else if (saved != null) {
                    statement.execute("SET WRITE_DELAY " + saved);
                    saved = null;
                }
            }
        } catch (SQLException e) {
            log.debug("H2's write delay left as it is during the migration: {}", e.getMessage());
        }
    }

    private static Integer current(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return rows.next() ? Integer.valueOf(rows.getString(1)) : null;
        }
    }

    @Override
    public String getCallbackName() {
        return "h2-migration-write-delay";
    }
}
