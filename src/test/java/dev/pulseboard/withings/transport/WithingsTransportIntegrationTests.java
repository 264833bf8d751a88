package dev.pulseboard.withings.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.FakeWithings;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TestClients;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsNotImplementedException;
import dev.pulseboard.withings.WithingsProperties;
import dev.pulseboard.withings.WithingsProtocolException;
import dev.pulseboard.withings.WithingsTransientException;

class WithingsTransportIntegrationTests {

    private final FakeWithings withings = new FakeWithings();

    @AfterEach
    void stop() {
        withings.close();
    }

    @Test
    void endsACallThatOutlivesTheTimeoutAsTransient() {
        withings.hang("/measure", "getmeas");
        WithingsProperties properties = new WithingsProperties("c", "s", "https://r.example", URI.create("https://a"),
                withings.baseUrl(), null, null, Duration.ofMillis(300), null, 0, null, null, null, null, null);
        TestClients clients = new TestClients(properties);

        assertThatThrownBy(() -> clients.transport.call("/measure", "getmeas", Map.of(), "t", Priority.INTERACTIVE))
                .isInstanceOf(WithingsTransientException.class).hasMessageContaining("timed out");
        assertThat(withings.requests()).hasSize(1);
    }

    @Test
    void makesItsHttpClientAtTheFirstCallAndOnlyOnce() {
        withings.replyRaw("/measure", "getmeas", 200, "{\"status\":0,\"body\":{}}");
        AtomicInteger made = new AtomicInteger();
        TestClients clients = new TestClients(withings.baseUrl());
        WithingsTransport transport = new WithingsTransport(clients.properties, () -> {
            made.incrementAndGet();
            return HttpClient.newHttpClient();
        }, clients.budget, new Backoff(Duration.ofMillis(1), Duration.ofMillis(1), RandomGenerator.getDefault(),
                clients.sleeps::add), new WithingsMeters(clients.meters, clients.budget));

        assertThat(made).as("nothing made with the transport").hasValue(0);
        transport.call("/measure", "getmeas", Map.of(), "t", Priority.INTERACTIVE);
        transport.call("/measure", "getmeas", Map.of(), "t", Priority.INTERACTIVE);
        assertThat(made).hasValue(1);
        assertThat(withings.requests()).hasSize(2);
    }

    @Test
    void reportsAClosedPortAsTransient() {
        URI closed = withings.baseUrl();
        withings.close();
        TestClients clients = new TestClients(closed);

        assertThatThrownBy(() -> clients.transport.call("/measure", "getmeas", Map.of(), "t", Priority.INTERACTIVE))
                .isInstanceOf(WithingsTransientException.class).hasMessageContaining("could not connect")
                .hasMessageNotContaining("Exception");
        assertThat(clients.sleeps).hasSize(clients.properties.maxRetries());
    }

    @Test
    void treatsAnUnexpectedHttpStatusAsAProtocolError() {
        withings.replyRaw("/measure", "getmeas", 404, "not here");
        TestClients clients = new TestClients(withings.baseUrl());

        assertThatThrownBy(() -> clients.transport.call("/measure", "getmeas", Map.of(), "t", Priority.INTERACTIVE))
                .isInstanceOf(WithingsProtocolException.class).hasMessageContaining("HTTP 404");
    }

    @Test
    void treatsAnEnvelopeWithoutStatusAsTransient() {
        withings.replyRaw("/measure", "getmeas", 200, "{\"body\":{}}");
        TestClients clients = new TestClients(withings.baseUrl());

        assertThatThrownBy(() -> clients.transport.call("/measure", "getmeas", Map.of(), "t", Priority.INTERACTIVE))
                .isInstanceOf(WithingsTransientException.class).hasMessageContaining("without a status");
    }

    @Test
    void mapsUnknownActionToNotImplemented() {
        withings.reply("/v2/user", "nosuchaction", "error_2554.json");
        TestClients clients = new TestClients(withings.baseUrl());

        assertThatThrownBy(() -> clients.transport.call("/v2/user", "nosuchaction", Map.of(), "t",
                Priority.INTERACTIVE)).isInstanceOf(WithingsNotImplementedException.class)
                .satisfies(e -> assertThat(((WithingsException) e).endpoint()).isEqualTo("/v2/user nosuchaction"));
    }

    @Test
    void jittersBackOffWithinHalfToFullOfAnExponentialCeiling() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(20),
                RandomGenerator.of("L64X128MixRandom"), duration -> { });

        for (int i = 0; i < 50; i++) {
            assertThat(backoff.delay(0).toMillis()).isBetween(250L, 500L);
            assertThat(backoff.delay(3).toMillis()).isBetween(2000L, 4000L);
            assertThat(backoff.delay(30).toMillis()).isBetween(10000L, 20000L);
        }
    }
}
