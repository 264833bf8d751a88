package dev.pulseboard.withings.oauth;

/**
 * What the token endpoint returns for a code exchange or a refresh. Withings rotates the refresh token on every
 * refresh: always store the new one (the old one dies 8 h later or as soon as the new access token is used).
 *
 * @param userId the Withings user id (sent as an int or a string; kept as a string)
 * @param accessToken the bearer token (valid {@code expiresInSeconds}, normally 3 h)
 * @param refreshToken the new refresh token
 * @param expiresInSeconds lifetime of the access token
 * @param scope the granted scopes, comma-separated
 */
public record TokenGrant(String userId, String accessToken, String refreshToken, long expiresInSeconds,
        String scope) {

    @Override
    public String toString() {
        return "TokenGrant[userId=" + userId + ", accessToken=***, refreshToken=***, expiresInSeconds="
                + expiresInSeconds + ", scope=" + scope + "]";
    }
}
