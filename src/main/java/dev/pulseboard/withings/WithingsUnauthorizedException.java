package dev.pulseboard.withings;

/** Status 214, 277, 2553 or 2555: the application or user is not allowed this call. Not a dead grant. */
public final class WithingsUnauthorizedException extends WithingsException {

    public WithingsUnauthorizedException(String endpoint, int status, String message) {
        this(endpoint, status, message, null);
    }

    public WithingsUnauthorizedException(String endpoint, int status, String message, Throwable cause) {
        super(endpoint, status, message, cause);
    }
}
