package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

class StartupFailureAnalyzerTests {

    final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    @Test
    void aDatabaseFileHeldByAnotherProcessNamesTheDataDirectory() {
        // What H2 throws, wrapped as a start wraps it, when a second server opens the first one's file.
        var locked = new SQLException("Database may be already in use: \"/srv/pulseboard/data/pulseboard.mv.db\". "
                + "Possible solutions: close all other connection(s); use the server mode [90020-232]\n"
                + "The file is locked", "90020", 90020);
        var analysis = analyzer.analyze(new BeanCreationException("flyway", "Failed", locked));

        assertThat(analysis.getDescription()).isEqualTo("pulseboard.data-dir (PULSEBOARD_DATA_DIR): the database file "
                + "is in use by another process (is Pulseboard already running on this data directory?)");
        assertThat(analysis.getAction()).contains("data directory of its own", "PostgreSQL");
    }

    @Test
    void aRefusedPasswordOrAMissingDatabaseIsOneLineThatNamesTheSetting() {
        // What PostgreSQL's driver throws (its PSQLException is an SQLException with the server's SQL state).
        var password = new SQLException("FATAL: password authentication failed for user \"pulseboard\"", "28P01");
        var missing = new SQLException("FATAL: database \"pulsebaord\" does not exist", "3D000");

        assertThat(analyzer.analyze(new BeanCreationException("flyway", "Failed", password)).getDescription())
                .isEqualTo("spring.datasource.username and .password (SPRING_DATASOURCE_USERNAME, "
                        + "SPRING_DATASOURCE_PASSWORD): the database refused them (FATAL: password authentication "
                        + "failed for user \"pulseboard\")");
        assertThat(analyzer.analyze(new BeanCreationException("flyway", "Failed", missing)).getDescription())
                .startsWith("spring.datasource.url (SPRING_DATASOURCE_URL): there is no such database");
    }

    /** PostgreSQL 15 took CREATE on schema public from users who do not own the database (an operator's review). */
    @Test
    void aUserWhoMayNotCreateTablesOrAUrlWithoutJdbcIsOneLineThatSaysWhatToDo() {
        var denied = new SQLException("ERROR: permission denied for schema public", "42501");
        var analysis = analyzer.analyze(new BeanCreationException("flyway", "Failed", denied));
        assertThat(analysis.getDescription()).isEqualTo("spring.datasource.username and .password "
                + "(SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD): this user may not create Pulseboard's "
                + "tables (ERROR: permission denied for schema public)");
        assertThat(analysis.getAction()).contains("owner pulseboard");

        var url = new IllegalArgumentException("'url' must start with \"jdbc\"");
        assertThat(analyzer.analyze(new BeanCreationException("dataSource", "Failed", url)).getDescription())
                .startsWith("spring.datasource.url (SPRING_DATASOURCE_URL): not a JDBC URL");
    }

    @Test
    void otherDatabaseErrorsAreLeftToSpring() {
        var syntax = new SQLException("Syntax error in SQL statement", "42000", 42000);

        assertThat(analyzer.analyze(new BeanCreationException("flyway", "Failed", syntax))).isNull();
    }
}
