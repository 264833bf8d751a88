package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.sync.NewcomerPathCases;

/**
 * {@code /actuator/prometheus}, turned on with Spring's own exposure setting, after a member's first sync in demo
 * mode: the Withings calls by endpoint and outcome, the budget, the sync runs, the time since the member's last
 * success, the inbox and the webhook intake, and db-scheduler's own meters.
 */
@PulseboardTest
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,prometheus")
class MetricsIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void servesPulseboardAndSchedulerMetersForPrometheus() {
        Api api = new Api(port);
        String token = Household.token(api);
        long id = Household.addMember(api, token, "Measured");
        api.getUrl(NewcomerPathCases.authorize(api, token, id));
        Poll.until(Duration.ofSeconds(120), "the first sync to succeed",
                () -> !api.get("/api/v1/members/" + id + "/sync", token).json().get("lastSuccessAt").isNull());
        assertThat(api.post("/withings/notify/not-the-secret", null, null).status()).isEqualTo(404);

        var scrape = api.get("/actuator/prometheus", null);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("pulseboard_withings_calls_total\\{[^}]*endpoint=\"/measure getmeas\""
                        + "[^}]*outcome=\"ok\"[^}]*} [1-9]")
                .contains("pulseboard_withings_status601_total")
                .containsPattern("pulseboard_withings_budget_tokens\\{[^}]*} [0-9]")
                .containsPattern("pulseboard_sync_runs_seconds_count\\{[^}]*outcome=\"succeeded\",scope=\"full\"} 1")
                .containsPattern("pulseboard_sync_since_last_success_seconds\\{[^}]*member=\"" + id + "\"")
                .containsPattern("pulseboard_notifications_inbox_depth\\{[^}]*} [0-9]")
                .containsPattern("pulseboard_webhook_notifications_total\\{[^}]*outcome=\"refused\"} 1")
                .contains("dbscheduler_task_completions_total");
    }
}
