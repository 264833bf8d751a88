package dev.pulseboard.withings.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsClientRejectedException;
import dev.pulseboard.withings.WithingsInvalidParamsException;
import dev.pulseboard.withings.WithingsProperties;
import dev.pulseboard.withings.WithingsProtocolException;
import dev.pulseboard.withings.WithingsUnauthorizedException;
import dev.pulseboard.withings.transport.Json;
import dev.pulseboard.withings.transport.WithingsTransport;

/**
 * Withings OAuth 2.0 (withings-api.md §2): the authorize URL, the code exchange, the refresh (with rotation: store
 * the returned refresh token), and the signed revoke. Token calls go to {@code /v2/oauth2} with the parameters in
 * the POST body. A rejected code or refresh token surfaces as {@link WithingsAuthenticationException}.
 */
public class WithingsOAuth {

    static final String OAUTH_PATH = "/v2/oauth2";
    static final String AUTHORIZE_PATH = "/oauth2_user/authorize2";

    private final WithingsProperties properties;
    private final WithingsTransport transport;
    private final RequestSigner signer;

    public WithingsOAuth(WithingsProperties properties, WithingsTransport transport, RequestSigner signer) {
        this.properties = properties;
        this.transport = transport;
        this.signer = signer;
    }

    /** The browser URL that asks the user for consent; Withings redirects to the redirect URI with code and state. */
    public URI authorizeUrl(String state) {
        return authorizeUrl(state, false);
    }

    /** Like {@link #authorizeUrl(String)}; with {@code demoUser} Withings links its demo user ({@code mode=demo}). */
    public URI authorizeUrl(String state, boolean demoUser) {
        String base = properties.accountUrl().toString();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(base + AUTHORIZE_PATH + "?response_type=code&client_id=" + encode(properties.clientId())
                + "&scope=" + encode(properties.scope()) + "&redirect_uri=" + encode(properties.redirectUri())
                + "&state=" + encode(state) + (demoUser ? "&mode=demo" : ""));
    }

    /** Exchanges an authorization code (valid 30 s, single use) for a grant. */
    public TokenGrant exchangeCode(String code) {
        Map<String, String> params = clientCredentials("authorization_code");
        params.put("code", code);
        params.put("redirect_uri", properties.redirectUri());
        return requestToken(params, "authorization code rejected: start the authorization again");
    }

    /** Refreshes a grant. The answer carries a new refresh token that replaces the old one. */
    public TokenGrant refresh(String refreshToken) {
        Map<String, String> params = clientCredentials("refresh_token");
        params.put("refresh_token", refreshToken);
        return requestToken(params, "refresh token rejected: reconnect needed");
    }

    /** Revokes the user's tokens and notification subscriptions at Withings (a signed call). */
    public void revoke(String withingsUserId) {
        signer.signedCall(OAUTH_PATH, "revoke", Map.of("userid", withingsUserId), Priority.INTERACTIVE);
    }

    /** A grant for Withings' demo account with dummy data (a signed call); its user id may be null. */
    public TokenGrant demoAccess() {
        JsonNode body = signer.signedCall(OAUTH_PATH, "getdemoaccess", Map.of("scope_oauth2", properties.scope()),
                Priority.INTERACTIVE);
        return grant(body, OAUTH_PATH + " getdemoaccess");
    }

    private Map<String, String> clientCredentials(String grantType) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", grantType);
        params.put("client_id", properties.clientId());
        params.put("client_secret", properties.clientSecret());
        return params;
    }

    private TokenGrant requestToken(Map<String, String> params, String rejected) {
        String endpoint = OAUTH_PATH + " requesttoken";
        try {
            return grant(transport.call(OAUTH_PATH, "requesttoken", params, null, Priority.INTERACTIVE), endpoint);
        } catch (WithingsInvalidParamsException | WithingsUnauthorizedException
                | WithingsAuthenticationException e) {
            // Withings answers a wrong client secret as it answers a dead code or refresh token ("invalid params"):
            // a signed nonce request, which needs the secret and nothing of the member's, tells the two apart.
            if (!signer.acceptsClientCredentials()) {
                throw new WithingsClientRejectedException(endpoint, e.status(), e);
            }
            throw new WithingsAuthenticationException(endpoint, e.status(), rejected, e);
        }
    }

    private static TokenGrant grant(JsonNode body, String endpoint) {
        String accessToken = Json.string(body, "access_token");
        String refreshToken = Json.string(body, "refresh_token");
        if (accessToken == null || refreshToken == null) {
            throw new WithingsProtocolException(endpoint, 0, "no access or refresh token in the answer");
        }
        return new TokenGrant(Json.string(body, "userid"), accessToken, refreshToken,
                Json.longOr(body, "expires_in", 0), Json.string(body, "scope"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
