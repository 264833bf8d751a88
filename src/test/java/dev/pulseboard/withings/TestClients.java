package dev.pulseboard.withings;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.pulseboard.withings.budget.RateBudget;
import dev.pulseboard.withings.notify.WithingsNotifications;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.oauth.AuthorizedCalls;
import dev.pulseboard.withings.oauth.RequestSigner;
import dev.pulseboard.withings.oauth.WithingsOAuth;
import dev.pulseboard.withings.transport.Backoff;
import dev.pulseboard.withings.transport.WithingsMeters;
import dev.pulseboard.withings.transport.WithingsTransport;

/** Builds the client pieces against a {@link FakeWithings}, with recorded (not real) waits and budget. */
public final class TestClients {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    public final WithingsProperties properties;
    public final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final List<Priority> acquired = new CopyOnWriteArrayList<>();
    final List<String> budgetEvents = new CopyOnWriteArrayList<>();
    /** What happens meanwhile when a call waits for the budget (nothing unless a test says so). */
    public volatile Runnable whileWaitingForTheBudget = () -> {
    };
    /** Records what it is asked; never waits. */
    public final RateBudget budget;
    public final WithingsTransport transport;
    /** What the transport counted (calls by endpoint and outcome, 601s). */
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    public TestClients(URI baseUrl) {
        this(WithingsProperties.of("client-1", "secret-1", "https://pulse.example/withings/callback",
                URI.create("https://account.example/"), baseUrl));
    }

    public TestClients(WithingsProperties properties) {
        this.properties = properties;
        budget = new RateBudget() {
            @Override
            public void acquire(Priority priority) {
                acquired.add(priority);
                whileWaitingForTheBudget.run();
            }

            @Override
            public void rateLimited() {
                budgetEvents.add("rateLimited");
            }

            @Override
            public long availableTokens() {
                return 120;
            }
        };
        Backoff backoff = new Backoff(properties.retryBaseDelay(), properties.retryMaxDelay(),
                RandomGenerator.of("L64X128MixRandom"), sleeps::add);
        transport = new WithingsTransport(properties, HttpClient::newHttpClient, budget, backoff,
                new WithingsMeters(meters, budget));
    }

    WithingsClient client() {
        return new WithingsClient(new AuthorizedCalls(transport), properties);
    }

    public WithingsNotifications notifications() {
        return new WithingsNotifications(new AuthorizedCalls(transport));
    }

    public WithingsOAuth oauth() {
        return new WithingsOAuth(properties, transport, new RequestSigner(properties, transport, CLOCK));
    }

    /** AccessTokens that hand out "token-1", then "token-2" after a rejection, and record the rejections. */
    public static final class RotatingTokens implements AccessTokens {

        public final List<String> rejected = new CopyOnWriteArrayList<>();
        private volatile String current = "token-1";

        @Override
        public String current() {
            return current;
        }

        @Override
        public String renewAfterRejection(String rejectedToken) {
            rejected.add(rejectedToken);
            current = "token-" + (rejected.size() + 1);
            return current;
        }
    }
}
