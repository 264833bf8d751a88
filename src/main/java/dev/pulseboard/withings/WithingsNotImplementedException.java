package dev.pulseboard.withings;

/** Status 2554: Withings does not know this action or service. */
public final class WithingsNotImplementedException extends WithingsException {

    public WithingsNotImplementedException(String endpoint, int status, String message) {
        this(endpoint, status, message, null);
    }

    public WithingsNotImplementedException(String endpoint, int status, String message, Throwable cause) {
        super(endpoint, status, message, cause);
    }
}
