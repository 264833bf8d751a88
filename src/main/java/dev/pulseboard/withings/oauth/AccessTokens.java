package dev.pulseboard.withings.oauth;

/**
 * The access token of one Withings user, supplied by whoever stores the grant (the connection module).
 * Implementations refresh single-flight and persist the rotated pair before handing out the new access token.
 */
public interface AccessTokens {

    /** A usable access token, refreshed first if it is due. */
    String current();

    /**
     * Withings rejected {@code rejectedToken} with status 401 (it may invalidate a token early): refresh once
     * (unless another caller already replaced that token) and return the new access token.
     *
     * @throws WithingsAuthenticationException when the grant is dead and the member must reconnect
     */
    String renewAfterRejection(String rejectedToken);
}
