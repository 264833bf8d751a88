package dev.pulseboard.connection;

/** Where a member's link to Withings stands. */
public enum ConnectionState {
    NOT_CONNECTED,
    CONNECTED,
    /** Withings no longer accepts the grant (revoked, expired, or refused on refresh): readings are kept. */
    RECONNECT_REQUIRED
}
