package dev.pulseboard.withings;

/**
 * Withings refused this server's own client id or secret (a typo, a secret rotated at Withings and not here): the
 * operator's setting is wrong, not the member's grant, which is kept and works again once the setting is put right.
 * Retried with the run's back-off, so a fixed setting needs no reconnection.
 */
public final class WithingsClientRejectedException extends WithingsException {

    public WithingsClientRejectedException(String endpoint, int status, Throwable cause) {
        super(endpoint, status, "Withings refused this server's client id or secret: check pulseboard.withings.client-id "
                + "and pulseboard.withings.client-secret (WITHINGS_CLIENT_ID, WITHINGS_CLIENT_SECRET) against the "
                + "Withings developer dashboard", cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
