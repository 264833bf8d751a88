package dev.pulseboard.withings.transport;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsRateLimitedException;
import dev.pulseboard.withings.budget.RateBudget;

/**
 * The Withings client's meters: every HTTP attempt by endpoint ({@code "/v2/measure getactivity"}) and outcome
 * ({@code ok}, {@code rate_limited}, {@code transient}, {@code authentication}, ...), the status 601 (and HTTP 429)
 * answers, and the budget's requests left. In Prometheus: {@code pulseboard_withings_calls_total},
 * {@code pulseboard_withings_status601_total}, {@code pulseboard_withings_budget_tokens}.
 */
public final class WithingsMeters {

    static final String CALLS = "pulseboard.withings.calls";
    static final String STATUS_601 = "pulseboard.withings.status601";
    static final String BUDGET = "pulseboard.withings.budget.tokens";

    private final MeterRegistry registry;
    private final Counter rateLimited;

    public WithingsMeters(MeterRegistry registry, RateBudget budget) {
        this.registry = registry;
        this.rateLimited = Counter.builder(STATUS_601)
                .description("Withings answers with status 601 (or HTTP 429): too many requests").register(registry);
        Gauge.builder(BUDGET, budget, RateBudget::availableTokens)
                .description("Requests that may go to Withings at once now: the app-wide budget's burst, full (its "
                        + "size, requests-per-minute / 30) when idle, refilled at the rest of the minute's rate; "
                        + "pulseboard_withings_calls_total counts what was used").register(registry);
    }

    void succeeded(String endpoint) {
        count(endpoint, "ok");
    }

    void failed(String endpoint, WithingsException e) {
        count(endpoint, outcome(e));
        if (e instanceof WithingsRateLimitedException) {
            rateLimited.increment();
        }
    }

    /** {@code WithingsRateLimitedException} becomes {@code rate_limited}. */
    static String outcome(WithingsException e) {
        String name = e.getClass().getSimpleName().replaceFirst("^Withings", "").replaceFirst("Exception$", "");
        if (name.isEmpty()) {
            return "error";
        }
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private void count(String endpoint, String outcome) {
        Counter.builder(CALLS).description("Withings HTTP calls by endpoint and outcome")
                .tag("endpoint", endpoint).tag("outcome", outcome).register(registry).increment();
    }
}
