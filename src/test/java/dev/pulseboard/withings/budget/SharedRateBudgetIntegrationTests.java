package dev.pulseboard.withings.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.pulseboard.withings.MutableClock;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsProperties;
import dev.pulseboard.withings.transport.Sleeper;

/** Two "instances" share one budget through PostgreSQL; H2 keeps it in process. */
class SharedRateBudgetIntegrationTests {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Sleeper sleeper = duration -> {
        waits.add(duration);
        clock.advance(duration);
    };

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
        try (InputStream in = SharedRateBudgetIntegrationTests.class
                .getResourceAsStream("/db/migration/V20__withings_rate_bucket.sql");
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void sharesOneBudgetAcrossInstancesOnPostgres() {
        WithingsProperties properties = properties("shared-client");
        RateBudget first = RateBudgets.create(properties, dataSource, clock, sleeper);
        RateBudget second = RateBudgets.create(properties, dataSource, clock, sleeper);

        // The burst of 120 a minute is 4: two from each instance use it up.
        for (int i = 0; i < 2; i++) {
            first.acquire(Priority.INTERACTIVE);
        }
        for (int i = 0; i < 2; i++) {
            second.acquire(Priority.NOTIFICATION);
        }
        assertThat(waits).isEmpty();

        second.acquire(Priority.INTERACTIVE);

        assertThat(waits).isNotEmpty();
        assertThat(RateBudgets.isPostgres(dataSource)).isTrue();
    }

    @Test
    void drainsTheSharedBudgetForEveryInstanceOn601() {
        WithingsProperties properties = properties("drained-client");
        RateBudget first = RateBudgets.create(properties, dataSource, clock, sleeper);
        RateBudget second = RateBudgets.create(properties, dataSource, clock, sleeper);

        first.rateLimited();
        second.acquire(Priority.INTERACTIVE);

        assertThat(waits).isNotEmpty();
    }

    @Test
    void keepsSeparateBudgetsPerClientId() {
        RateBudget one = RateBudgets.create(properties("client-a"), dataSource, clock, sleeper);
        RateBudget other = RateBudgets.create(properties("client-b"), dataSource, clock, sleeper);

        for (int i = 0; i < 4; i++) {
            one.acquire(Priority.INTERACTIVE);
            other.acquire(Priority.INTERACTIVE);
        }

        assertThat(waits).isEmpty();
        assertThat(RateBudgets.key("client-a")).isNotEqualTo(RateBudgets.key("client-b"));
    }

    @Test
    void staysInProcessOnH2() {
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:budget;DB_CLOSE_DELAY=-1", "sa", "");

        assertThat(RateBudgets.isPostgres(h2)).isFalse();
        assertThat(RateBudgets.isPostgres(null)).isFalse();
        RateBudget budget = RateBudgets.create(properties("h2-client"), h2, clock, sleeper);
        for (int i = 0; i < 4; i++) {
            budget.acquire(Priority.INTERACTIVE);
        }
        assertThat(waits).isEmpty();
    }

    private static WithingsProperties properties(String clientId) {
        return WithingsProperties.of(clientId, "secret", "https://pulse.example/cb", URI.create("https://a.example"),
                URI.create("https://api.example"));
    }
}
