package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;

import tools.jackson.databind.json.JsonMapper;

class DatabaseUnavailableTests {

    private final DatabaseOutageLog outage = new DatabaseOutageLog(Clock.systemUTC());
    private final DatabaseUnavailable filter = new DatabaseUnavailable(outage);

    @AfterEach
    void removeTheLogFilter() {
        outage.destroy();
    }

    /** The stack trace every scheduler would log at every poll of an outage is dropped; anything else is logged. */
    @Test
    void aFailureToReachTheDatabaseIsSaidOnceAMinuteNotLoggedWithEveryStackTrace() {
        Logger poller = (Logger) LoggerFactory.getLogger("com.github.kagkarlsson.scheduler.RunUntilShutdown");
        var poolTimeout = new RuntimeException("Failed to rollback.", new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms."));
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");

        assertThat(outage.decide(null, poller, Level.ERROR, "Unhandled exception. Will keep running.", null,
                poolTimeout)).isEqualTo(FilterReply.DENY);
        assertThat(outage.decide(null, poller, Level.ERROR, "x", null, refused)).isEqualTo(FilterReply.DENY);
        assertThat(outage.decide(null, poller, Level.ERROR, "x", null, new RuntimeException(new SQLException(
                "terminating connection due to administrator command", "57P01")))).isEqualTo(FilterReply.DENY);
        assertThat(outage.decide(null, poller, Level.ERROR, "x", null, new IllegalStateException("a bug")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(outage.decide(null, poller, Level.ERROR, "x", null, null)).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void aPageAnswers503AtOnceWhenTheDatabaseCannotBeReached() throws Exception {
        var response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/login"), response, (request, out) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("The database cannot be reached just now")
                .doesNotContain("JDBC");
    }

    @Test
    void theApiAnswersAProblemWhenATransactionCannotStart() throws Exception {
        var response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/members"), response, (request, out) -> {
            throw new ServletException(new CannotCreateTransactionException("Could not open JDBC Connection"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        var problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(problem.propertyNames()).containsExactlyInAnyOrder("title", "status", "detail", "instance");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/members");
    }

    @Test
    void anyOtherFailureGoesOnAsBefore() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"),
                new MockHttpServletResponse(), (request, out) -> {
                    throw new IllegalStateException("a bug");
                })).isInstanceOf(IllegalStateException.class);
    }
}
