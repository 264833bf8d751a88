package dev.pulseboard.connection;

import java.time.Instant;

/** A member's link as pages and the API show it. Never carries a token. */
public record ConnectionStatus(ConnectionState state, String withingsUserId, Instant connectedAt) {

    static final ConnectionStatus NOT_CONNECTED = new ConnectionStatus(ConnectionState.NOT_CONNECTED, null, null);

    public boolean isConnected() {
        return state == ConnectionState.CONNECTED;
    }
}
