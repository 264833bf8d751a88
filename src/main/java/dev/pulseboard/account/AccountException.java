package dev.pulseboard.account;

/**
 * A request the account module refuses, with a message that is safe to show to the user and, when the message is
 * about one thing the user typed, the name of the page's field for it ({@code name}, {@code email},
 * {@code password}, {@code current}; an invitation's {@code member}, {@code role}, {@code days}; a grant's
 * {@code userId}, {@code level}, {@code until}), so that a page can put the message next to the field.
 */
public class AccountException extends RuntimeException {

    /**
     * What a page says of a member the user may not see: the same for one of another household, one removed and one
     * no longer shared with them, so it tells a stranger nothing and does not read as lost data to a former grantee.
     */
    public static final String MEMBER_NOT_SEEN = "There is no such member in your household, or they are not (or no "
            + "longer) shared with you.";

    private final Reason reason;
    private final String field;

    public AccountException(Reason reason, String message) {
        this(reason, message, null);
    }

    public AccountException(Reason reason, String message, String field) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    /** Refused input about one field (see the class comment for the names). */
    public static AccountException invalid(String field, String message) {
        return new AccountException(Reason.INVALID, message, field);
    }

    public Reason reason() {
        return reason;
    }

    /** The field the message is about, or null when it is about the request as a whole. */
    public String field() {
        return field;
    }

    /** Why: pages and the API map each to a status. */
    public enum Reason {
        ALREADY_SET_UP, INVALID, NOT_FOUND, FORBIDDEN, GONE
    }
}
