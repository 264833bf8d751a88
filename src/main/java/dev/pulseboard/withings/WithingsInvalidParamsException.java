package dev.pulseboard.withings;

/** Withings rejected the parameters of the call (the "invalid params" statuses of withings-api.md §7, e.g. 503). */
public final class WithingsInvalidParamsException extends WithingsException {

    public WithingsInvalidParamsException(String endpoint, int status, String message) {
        this(endpoint, status, message, null);
    }

    public WithingsInvalidParamsException(String endpoint, int status, String message, Throwable cause) {
        super(endpoint, status, message, cause);
    }
}
