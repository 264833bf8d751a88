package dev.pulseboard.connection;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A member's link as pages and the API show it. Never carries a token. {@code timeZone} is the time zone of the
 * member's Withings profile as last synced, or null before the first sync.
 */
public record ConnectionStatus(ConnectionState state, String withingsUserId, Instant connectedAt, ZoneId timeZone) {

    static final ConnectionStatus NOT_CONNECTED = new ConnectionStatus(ConnectionState.NOT_CONNECTED, null, null,
            null);

    public boolean isConnected() {
        return state == ConnectionState.CONNECTED;
    }
}
