package dev.pulseboard.withings;

/** Status 601: the partner application is over its request budget. Retried with back-off; the budget pauses. */
public final class WithingsRateLimitedException extends WithingsException {

    public WithingsRateLimitedException(String endpoint, int status, String message) {
        this(endpoint, status, message, null);
    }

    public WithingsRateLimitedException(String endpoint, int status, String message, Throwable cause) {
        super(endpoint, status, message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
