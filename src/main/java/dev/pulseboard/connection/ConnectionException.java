package dev.pulseboard.connection;

import java.util.Optional;

import dev.pulseboard.core.MemberId;

/** A connect or disconnect that cannot go on, with a message that is safe to show to the person. */
public class ConnectionException extends RuntimeException {

    private final Reason reason;
    private final MemberId member;

    ConnectionException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** {@code member}: the member the connect was for, when known, so that a page can lead back to them. */
    ConnectionException(Reason reason, String message, MemberId member) {
        super(message);
        this.reason = reason;
        this.member = member;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<MemberId> member() {
        return Optional.ofNullable(member);
    }

    /** Why; pages and the API map each to a status and a hint. */
    public enum Reason {
        INVALID_STATE, ACCESS_DENIED, EXCHANGE_FAILED, ALREADY_LINKED, ANOTHER_ACCOUNT, NOT_CONNECTED,
        WITHINGS_UNAVAILABLE, MADE_UP_IN_THE_DEMO
    }
}
