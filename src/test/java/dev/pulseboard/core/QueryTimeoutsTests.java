package dev.pulseboard.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

class QueryTimeoutsTests {

    @Test
    void onPostgresqlEachStatementCarriesTheLimit() {
        JdbcTemplate jdbc = processed(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org/pulseboard"));
        assertThat(jdbc.getQueryTimeout()).isEqualTo(30);
    }

    @Test
    void onH2StatementsCarryNoTimeoutOfTheirOwn() {
        JdbcTemplate jdbc = processed(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/pulseboard;QUERY_TIMEOUT=30000"));
        assertThat(jdbc.getQueryTimeout()).isEqualTo(-1);
    }

    @Test
    void aConfiguredTemplateTimeoutIsLeftAsSpringSetIt() {
        JdbcTemplate jdbc = new JdbcTemplate();
        jdbc.setQueryTimeout(5);
        QueryTimeouts.statementTimeout(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org/pulseboard")
                .withProperty("spring.jdbc.template.query-timeout", "5s"))
                .postProcessAfterInitialization(jdbc, "jdbcTemplate");
        assertThat(jdbc.getQueryTimeout()).isEqualTo(5);
    }

    @Test
    void theDefaultH2DatabaseLimitsEveryConnectionsStatements(@TempDir Path dir) throws IOException, SQLException {
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        String url = defaults.getProperty("spring.datasource.url")
                .replace("${pulseboard.data-dir}", dir.toString());
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = connection.createStatement().executeQuery("select setting_value from "
                        + "information_schema.settings where setting_name = 'QUERY_TIMEOUT'")) {
            assertThat(rs.next()).isTrue();
            assertThat(Long.parseLong(rs.getString(1))).isEqualTo(QueryTimeouts.LIMIT.toMillis());
        }
    }

    private static JdbcTemplate processed(MockEnvironment environment) {
        JdbcTemplate jdbc = new JdbcTemplate();
        QueryTimeouts.statementTimeout(environment).postProcessAfterInitialization(jdbc, "jdbcTemplate");
        return jdbc;
    }
}
