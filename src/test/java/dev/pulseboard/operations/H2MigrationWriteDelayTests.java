package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pulseboard's migrations on an H2 file database opened with {@code WRITE_DELAY=0}: each runs with H2's half-second
 * write delay, and the database's own value is back once the migration ends, failed or not.
 */
class H2MigrationWriteDelayTests {

    @TempDir
    Path dir;

    @Test
    void migrationsRunWithTheWriteDelayAndTheDatabaseKeepsItsOwnValue() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";
        List<Integer> during = new ArrayList<>();

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .callbacks(new H2MigrationWriteDelay(), probe(during)).load().migrate();

        assertThat(during).hasSizeGreaterThan(30).containsOnly(500);
        assertThat(writeDelay(url)).isZero();
    }

    @Test
    void aFailedMigrationLeavesTheDatabaseItsOwnValue() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("V1__table.sql"), "CREATE TABLE t (id INT);");
        Files.writeString(scripts.resolve("V2__broken.sql"), "INSERT INTO missing VALUES (1);");
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";

        assertThatThrownBy(() -> Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + scripts)
                .callbacks(new H2MigrationWriteDelay()).load().migrate()).isInstanceOf(FlywayException.class);

        assertThat(writeDelay(url)).isZero();
    }

    private static Callback probe(List<Integer> seen) {
        return new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_EACH_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                try {
                    seen.add(writeDelay(context.getConnection()));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public String getCallbackName() {
                return "probe";
            }
        };
    }

    /** The persisted value, read on a connection that sets none of its own. */
    private static int writeDelay(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url.substring(0, url.indexOf(';')), "sa", "")) {
            return writeDelay(connection);
        }
    }

    private static int writeDelay(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            rows.next();
            return Integer.parseInt(rows.getString(1));
        }
    }
}
