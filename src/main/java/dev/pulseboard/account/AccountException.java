package dev.pulseboard.account;

/** A request the account module refuses, with a message that is safe to show to the user. */
public class AccountException extends RuntimeException {

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why: pages and the API map each to a status. */
    public enum Reason {
        ALREADY_SET_UP, INVALID, NOT_FOUND, FORBIDDEN, GONE
    }
}
