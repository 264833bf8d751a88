package dev.pulseboard.withings;

import org.junit.jupiter.api.AfterEach;

import dev.pulseboard.withings.TestClients.RotatingTokens;

/** A {@link FakeWithings} per test, the client pieces pointed at it, and tokens that rotate on a 401. */
abstract class ClientTestSupport {

    final FakeWithings withings = new FakeWithings();
    final TestClients clients = new TestClients(withings.baseUrl());
    final WithingsClient client = clients.client();
    final RotatingTokens tokens = new RotatingTokens();

    @AfterEach
    void stopServer() {
        withings.close();
    }
}
