package dev.pulseboard.withings.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.util.function.SingletonSupplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsProperties;
import dev.pulseboard.withings.WithingsProtocolException;
import dev.pulseboard.withings.WithingsRateLimitedException;
import dev.pulseboard.withings.WithingsTransientException;
import dev.pulseboard.withings.budget.RateBudget;

/**
 * One Withings RPC call: takes a request from the rate budget, POSTs the form (with a timeout), reads the
 * {@code {status, body}} envelope and turns a non-zero status into a {@link WithingsException}. Transient
 * failures and 601 are retried with jittered back-off, at most {@code maxRetries} times, but not once the server
 * stops (the failure goes to the caller, whose run is handed back rather than held up). Logs paths, actions and
 * statuses only: never parameters, tokens or bodies.
 */
public final class WithingsTransport {

    private static final Logger log = LoggerFactory.getLogger(WithingsTransport.class);

    private final WithingsProperties properties;
    private final Supplier<HttpClient> http;
    private final RateBudget budget;
    private final Backoff backoff;
    private final WithingsMeters meters;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private volatile boolean stopping;

    /**
     * @param http makes the HTTP client, once, at the first call (a JDK HTTP client loads the TLS stack and starts a
     *             thread: work the start-up need not do)
     */
    public WithingsTransport(WithingsProperties properties, Supplier<HttpClient> http, RateBudget budget,
            Backoff backoff, WithingsMeters meters) {
        this.properties = properties;
        this.http = SingletonSupplier.of(http);
        this.budget = budget;
        this.backoff = backoff;
        this.meters = meters;
    }

    /**
     * Calls {@code action} on {@code path} and returns the {@code body} object (an empty object when Withings
     * sends {@code []} or nothing).
     *
     * @param bearer the access token, or null for calls authenticated by client secret or signature
     */
    public JsonNode call(String path, String action, Map<String, String> params, String bearer, Priority priority) {
        return call(path, action, () -> params, bearer, priority);
    }

    /**
     * Like {@link #call(String, String, Map, String, Priority)}, with the parameters made afresh for every attempt
     * (a signed call needs a new single-use nonce when it is retried).
     */
    public JsonNode call(String path, String action, Supplier<Map<String, String>> params, String bearer,
            Priority priority) {
        return attempts(path, action, params, () -> bearer, priority);
    }

    /**
     * Like {@link #call(String, String, Map, String, Priority)} with a user's access token, asked for on every attempt
     * once the budget has let it go: the token is checked right before it is sent, so one that runs out while the
     * call waits for the budget (or for a retry) is renewed first instead of being sent and refused.
     */
    public JsonNode callWithToken(String path, String action, Map<String, String> params, Supplier<String> bearer,
            Priority priority) {
        return attempts(path, action, () -> params, bearer, priority);
    }

    /**
     * The server has begun to stop (published before the web server and the scheduler stop): a failed call is no
     * longer retried. In demo mode the emulator is served by the stopping web server, and refuses the retries anyway.
     */
    @EventListener(ContextClosedEvent.class)
    public void serverStopping() {
        stopping = true;
    }

    private JsonNode attempts(String path, String action, Supplier<Map<String, String>> params,
            Supplier<String> bearer, Priority priority) {
        String endpoint = path + " " + action;
        for (int attempt = 0;; attempt++) {
            try {
                JsonNode body = once(path, endpoint, action, params.get(), bearer, priority);
                meters.succeeded(endpoint);
                return body;
            } catch (NoBearer e) {
                throw e.reason;
            } catch (WithingsException e) {
                meters.failed(endpoint, e);
                if (e instanceof WithingsRateLimitedException) {
                    budget.rateLimited();
                }
                if (!e.isRetryable() || attempt >= properties.maxRetries() || stopping) {
                    throw e;
                }
                log.info("Withings {} failed ({}), retry {} of {}", endpoint, e.getClass().getSimpleName(),
                        attempt + 1, properties.maxRetries());
                backoff.pause(attempt, endpoint);
            }
        }
    }

    private JsonNode once(String path, String endpoint, String action, Map<String, String> params,
            Supplier<String> bearerAfterBudget, Priority priority) {
        budget.acquire(priority);
        String bearer;
        try {
            bearer = bearerAfterBudget.get();
        } catch (RuntimeException e) {
            throw new NoBearer(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(action, params)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.get().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new WithingsTransientException(endpoint, 0, "timed out after " + properties.requestTimeout(), e);
        } catch (IOException e) {
            throw new WithingsTransientException(endpoint, 0, e instanceof ConnectException
                    ? "could not connect" : "the connection broke off before the answer was complete", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WithingsTransientException(endpoint, 0, "interrupted", e);
        }
        return envelope(endpoint, response.statusCode(), response.body());
    }

    private JsonNode envelope(String endpoint, int httpStatus, byte[] bytes) {
        if (httpStatus >= 500) {
            throw new WithingsTransientException(endpoint, 0, "HTTP " + httpStatus);
        }
        if (httpStatus == 429) {
            throw new WithingsRateLimitedException(endpoint, 0, "HTTP 429");
        }
        if (httpStatus < 200 || httpStatus >= 300) {
            throw new WithingsProtocolException(endpoint, 0, "unexpected HTTP " + httpStatus);
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw new WithingsTransientException(endpoint, 0, "unreadable JSON", e);
        }
        Long status = root == null || !root.isObject() ? null : Json.longOrNull(root, "status");
        if (status == null) {
            throw new WithingsTransientException(endpoint, 0, "JSON without a status");
        }
        log.debug("Withings {} answered status {}", endpoint, status);
        if (status != 0) {
            throw WithingsStatus.toException(endpoint, status.intValue(), Json.string(root, "error"));
        }
        JsonNode body = root.get("body");
        return body != null && body.isObject() ? body : mapper.createObjectNode();
    }

    private URI uri(String path) {
        String base = properties.apiUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    static String form(String action, Map<String, String> params) {
        StringJoiner form = new StringJoiner("&");
        form.add("action=" + encode(action));
        params.forEach((key, value) -> {
            if (value != null) {
                form.add(encode(key) + "=" + encode(value));
            }
        });
        return form.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Why no token could be given for a call: passed on to the caller as it is, not counted or retried as a call. */
    private static final class NoBearer extends RuntimeException {

        private final RuntimeException reason;

        NoBearer(RuntimeException reason) {
            super(reason);
            this.reason = reason;
        }
    }
}
