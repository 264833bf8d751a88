package dev.pulseboard.withings;

/**
 * A Withings call failed. Carries the body {@link #status()} (0 when no body status was read: a network error,
 * an HTTP error, unreadable JSON) and the {@link #endpoint()} (path and action). Messages never contain a token,
 * a code or a secret.
 */
public abstract sealed class WithingsException extends RuntimeException
        permits WithingsAuthenticationException, WithingsInvalidParamsException, WithingsRateLimitedException,
        WithingsNotImplementedException, WithingsTransientException, WithingsUnauthorizedException,
        WithingsProtocolException, WithingsClientRejectedException {

    private final int status;
    private final String endpoint;

    protected WithingsException(String endpoint, int status, String message, Throwable cause) {
        super(endpoint + ": " + message + (status != 0 ? " (status " + status + ")" : ""), cause);
        this.status = status;
        this.endpoint = endpoint;
    }

    /** The Withings body status, or 0 when the failure happened before a body status could be read. */
    public int status() {
        return status;
    }

    /** The call that failed, e.g. {@code "/measure getmeas"}. */
    public String endpoint() {
        return endpoint;
    }

    /** Whether retrying the same call later may succeed (transient errors and rate limiting). */
    public boolean isRetryable() {
        return false;
    }
}
