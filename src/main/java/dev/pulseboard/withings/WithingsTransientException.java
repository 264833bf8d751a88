package dev.pulseboard.withings;

/**
 * A failure that may pass: HTTP 5xx, timeouts, connection resets, unreadable JSON, or a generic Withings "an error
 * occurred" status (including 522 timeout and 524 bad state).
 */
public final class WithingsTransientException extends WithingsException {

    public WithingsTransientException(String endpoint, int status, String message) {
        this(endpoint, status, message, null);
    }

    public WithingsTransientException(String endpoint, int status, String message, Throwable cause) {
        super(endpoint, status, message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
