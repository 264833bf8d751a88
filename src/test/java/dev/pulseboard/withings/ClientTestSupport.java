package dev.pulseboard.withings;

import org.junit.jupiter.api.AfterEach;

import dev.pulseboard.withings.TestClients.RotatingTokens;

/** A {@link FakeWithings} per test, the client pieces pointed at it, and tokens that rotate on a 401. */
public abstract class ClientTestSupport {

    public final FakeWithings withings = new FakeWithings();
    public final TestClients clients = new TestClients(withings.baseUrl());
    public final WithingsClient client = clients.client();
    public final RotatingTokens tokens = new RotatingTokens();

    @AfterEach
    void stopServer() {
        withings.close();
    }
}
