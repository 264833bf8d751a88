package dev.pulseboard.withings;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Withings client, under {@code pulseboard.withings}. The Withings host names live only in
 * {@code application.properties}; demo mode points both URLs at the built-in emulator.
 *
 * <p>Absent optional values fall back to the defaults below (also when the record is built by hand in tests).
 * {@link #toString()} never shows the client secret.
 *
 * @param clientId the partner application's client id
 * @param clientSecret the partner application's secret (HMAC key for signed calls)
 * @param redirectUri the registered callback URL sent with the authorize URL and the code exchange
 * @param accountUrl browser-facing base of the authorize page (see application.properties)
 * @param apiUrl server-side API base (see application.properties)
 * @param scope comma-separated scopes for the authorize URL (default {@value #DEFAULT_SCOPE})
 * @param connectTimeout TCP connect timeout (default 5 s)
 * @param requestTimeout timeout of every single HTTP call (default 30 s)
 * @param requestsPerMinute the app-wide rate budget per client id (default 120)
 * @param maxRetries retries after the first attempt for transient errors and status 601 (default 3)
 * @param retryBaseDelay first back-off step; doubled per retry, with full jitter (default 500 ms)
 * @param retryMaxDelay the longest single back-off (default 20 s)
 * @param rateLimitedPause how long the budget pauses everyone after a status 601 (default 10 s)
 * @param backfillReserve of the budget's burst (requests-per-minute / 30), how many requests backfill leaves for
 *        interactive and notification calls (default half the burst)
 * @param maxPages the most pages an "all pages" call follows before it fails (default 10000)
 */
@ConfigurationProperties("pulseboard.withings")
public record WithingsProperties(String clientId, String clientSecret, String redirectUri, URI accountUrl,
        URI apiUrl, String scope, Duration connectTimeout, Duration requestTimeout, Integer requestsPerMinute,
        Integer maxRetries, Duration retryBaseDelay, Duration retryMaxDelay, Duration rateLimitedPause,
        Integer backfillReserve, Integer maxPages) {

    public static final String DEFAULT_SCOPE = "user.metrics,user.activity,user.info";
    /** The client id demo mode gives itself and its built-in emulator's app: tokens issued to it are the emulator's. */
    public static final String DEMO_CLIENT_ID = "pulseboard-demo";

    public WithingsProperties {
        scope = scope == null || scope.isBlank() ? DEFAULT_SCOPE : scope.replace(" ", "");
        connectTimeout = orDefault(connectTimeout, Duration.ofSeconds(5));
        requestTimeout = orDefault(requestTimeout, Duration.ofSeconds(30));
        requestsPerMinute = requestsPerMinute == null ? 120 : requestsPerMinute;
        maxRetries = maxRetries == null ? 3 : maxRetries;
        retryBaseDelay = orDefault(retryBaseDelay, Duration.ofMillis(500));
        retryMaxDelay = orDefault(retryMaxDelay, Duration.ofSeconds(20));
        rateLimitedPause = orDefault(rateLimitedPause, Duration.ofSeconds(10));
        backfillReserve = backfillReserve == null ? burst(requestsPerMinute) / 2 : backfillReserve;
        maxPages = maxPages == null ? 10_000 : maxPages;
        if (requestsPerMinute < 1 || maxRetries < 0 || maxPages < 1 || backfillReserve < 0
                || backfillReserve >= Math.max(1, burst(requestsPerMinute))) {
            throw new IllegalArgumentException("pulseboard.withings: requests-per-minute must be >= 1, "
                    + "max-retries >= 0, max-pages >= 1, 0 <= backfill-reserve < requests-per-minute / 12");
        }
    }

    /**
     * How many requests may go out at once. The budget refills {@code requestsPerMinute - burst} per minute
     * smoothly, so no sliding minute ever sees more than {@code requestsPerMinute} requests.
     */
    /** A small burst (4 of 120): the sustained rate is what is left of the minute, and 200 backfills want it. */
    public static int burst(int requestsPerMinute) {
        return Math.max(1, requestsPerMinute / 30);
    }

    /** The required settings only; everything else takes its default. */
    public static WithingsProperties of(String clientId, String clientSecret, String redirectUri, URI accountUrl,
            URI apiUrl) {
        return new WithingsProperties(clientId, clientSecret, redirectUri, accountUrl, apiUrl, null, null, null,
                null, null, null, null, null, null, null);
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }

    @Override
    public String toString() {
        return "WithingsProperties[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "null" : "***")
                + ", redirectUri=" + redirectUri + ", accountUrl=" + accountUrl + ", apiUrl=" + apiUrl + ", scope="
                + scope + ", requestTimeout=" + requestTimeout + ", requestsPerMinute=" + requestsPerMinute + "]";
    }
}
