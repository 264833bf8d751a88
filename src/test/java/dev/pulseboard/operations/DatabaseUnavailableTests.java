package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;

import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
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
        assertThat(outage.decide(null, poller, Level.ERROR, "Sync of member {} failed", new Object[] { 7, refused },
                null)).as("the throwable handed over as the last parameter").isEqualTo(FilterReply.DENY);
        assertThat(outage.decide(null, poller, Level.ERROR, "x", null, new SQLException("No space left", "53100")))
                .as("a full disk is not an outage: its stack trace stays").isEqualTo(FilterReply.NEUTRAL);
        assertThat(outage.decide(null, poller, Level.ERROR, "Sync of member {} failed on this server",
                new Object[] { 1, new RuntimeException("bucket", new SQLException("Connection is closed")) }, null))
                .as("a pooled connection the pool closed when the database went away").isEqualTo(FilterReply.DENY);
        Logger heartbeat = (Logger) LoggerFactory.getLogger("com.github.kagkarlsson.scheduler.jdbc.JdbcTaskRepository");
        assertThat(outage.decide(null, heartbeat, Level.INFO, "Failed to update heartbeat. Remaining retries={}.",
                new Object[] { 2, new RuntimeException("Failed to rollback.", refused) }, null))
                .as("told at INFO with a stack trace, every 10 seconds").isEqualTo(FilterReply.DENY);
        assertThat(outage.decide(null, heartbeat, Level.DEBUG, "x", null, refused)).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void saysItOnceAMinuteWithoutThePathOfTheRequest(CapturedOutput output) throws Exception {
        for (String path : List.of("/withings/notify/secret-of-the-webhook", "/invitations/token-of-an-invite")) {
            filter.doFilter(new MockHttpServletRequest("POST", path), new MockHttpServletResponse(),
                    (request, out) -> {
                        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
                    });
        }

        assertThat(output.getOut().lines().filter(l -> l.contains("The database cannot be reached"))).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("a POST request").doesNotContain("secret", "token"));
    }

    /** The password changed in the database and not in the settings: the pool times out, its cause says why. */
    @Test
    void aRefusedPasswordIsNamedInTheOutageLine(CapturedOutput output) {
        outage.report("a GET request", new SQLTransientConnectionException("HikariPool-1 - Connection is not "
                + "available, request timed out after 5000ms.", new SQLException("FATAL: password authentication "
                        + "failed for user \"pulseboard\"", "28P01")));

        assertThat(output.getOut().lines().filter(l -> l.contains("The database cannot be reached"))).singleElement()
                .asString().contains("refuses this server's user name or password", "SPRING_DATASOURCE_PASSWORD");
        outage.ended();
    }

    @Test
    void theEndOfAnOutageIsSaidOnceWithHowLongItLasted(CapturedOutput output) {
        assertThat(outage.outageSince()).isEmpty();
        outage.report("a GET request", new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));
        assertThat(outage.outageSince()).isPresent();

        outage.ended();
        outage.ended();

        assertThat(output.getOut().lines().filter(l -> l.contains("The database can be reached again (it could not be "
                + "for about "))).hasSize(1);
        assertThat(outage.outageSince()).isEmpty();
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
