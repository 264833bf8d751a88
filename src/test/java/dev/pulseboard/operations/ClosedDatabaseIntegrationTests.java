package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.TestEnvironment;

/**
 * H2 closes its whole embedded database when a write fails (a full disk): every pooled connection then answered
 * "The database has been closed", and the server 500 to every request until a restart, space freed or not. The pool
 * now drops those connections and the next one opens the database again; meanwhile the API answers 503.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = TestEnvironment.H2File.class)
class ClosedDatabaseIntegrationTests {

    @Value("${server.port}")
    int port;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void aDatabaseClosedUnderThePoolIsOpenedAgain() throws Exception {
        Api api = new Api(port);
        String token = Household.token(api);
        // Every pooled connection busy a moment ago, as on a server that syncs: none is checked before reuse.
        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/api/v1/members", token).status()).isEqualTo(200);
        }

        // Closed as a failed write closes it, from a connection of its own (the pool's are left as they are).
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var statement = connection.createStatement()) {
            statement.execute("shutdown");
        }

        List<Integer> statuses = new ArrayList<>();
        Poll.until(Duration.ofSeconds(20), "the database to be opened again", () -> {
            var answer = api.get("/api/v1/members", token);
            statuses.add(answer.status());
            if (answer.status() == 503) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
            return answer.status() == 200 ? true : null;
        });
        assertThat(statuses).as("503 while it is closed, never a 500").doesNotContain(500);
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }
}
