package dev.pulseboard.withings;

/**
 * The grant is dead (status 100-102, 200, 401 after a renewal, or a rejected code or refresh token): the member
 * must reconnect.
 */
public final class WithingsAuthenticationException extends WithingsException {

    public WithingsAuthenticationException(String endpoint, int status, String message) {
        this(endpoint, status, message, null);
    }

    public WithingsAuthenticationException(String endpoint, int status, String message, Throwable cause) {
        super(endpoint, status, message, cause);
    }
}
