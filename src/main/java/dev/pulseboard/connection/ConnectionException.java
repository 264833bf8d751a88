package dev.pulseboard.connection;

/** A connect or disconnect that cannot go on, with a message that is safe to show to the person. */
public class ConnectionException extends RuntimeException {

    private final Reason reason;

    ConnectionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why; pages and the API map each to a status and a hint. */
    public enum Reason {
        INVALID_STATE, ACCESS_DENIED, EXCHANGE_FAILED, ALREADY_LINKED, NOT_CONNECTED, WITHINGS_UNAVAILABLE
    }
}
