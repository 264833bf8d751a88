package dev.pulseboard.withings;

/**
 * Withings answered something the client cannot follow: paging whose offset does not advance, an unexpected HTTP
 * status, a missing field, an answer that does not decode.
 */
public final class WithingsProtocolException extends WithingsException {

    public WithingsProtocolException(String endpoint, int status, String message) {
        this(endpoint, status, message, null);
    }

    public WithingsProtocolException(String endpoint, int status, String message, Throwable cause) {
        super(endpoint, status, message, cause);
    }
}
