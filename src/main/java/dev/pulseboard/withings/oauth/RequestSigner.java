package dev.pulseboard.withings.oauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsInvalidParamsException;
import dev.pulseboard.withings.WithingsProperties;
import dev.pulseboard.withings.WithingsProtocolException;
import dev.pulseboard.withings.WithingsUnauthorizedException;
import dev.pulseboard.withings.transport.Json;
import dev.pulseboard.withings.transport.WithingsTransport;

/**
 * Signed calls (withings-api.md §3): fetches a single-use nonce from {@code /v2/signature getnonce}, then signs
 * {@code "<action>,<client_id>,<nonce>"} with HMAC-SHA256 keyed by the client secret.
 */
public final class RequestSigner {

    static final String SIGNATURE_PATH = "/v2/signature";

    private final WithingsProperties properties;
    private final WithingsTransport transport;
    private final Clock clock;

    public RequestSigner(WithingsProperties properties, WithingsTransport transport, Clock clock) {
        this.properties = properties;
        this.transport = transport;
        this.clock = clock;
    }

    /** Calls {@code action} signed, with a fresh nonce for every attempt; {@code params} are the call's own. */
    JsonNode signedCall(String path, String action, Map<String, String> params, Priority priority) {
        return transport.call(path, action, () -> {
            Map<String, String> signed = sign(action, priority);
            signed.putAll(params);
            return signed;
        }, null, priority);
    }

    /** {@code client_id}, {@code nonce} and {@code signature} for one signed call of {@code action}. */
    private Map<String, String> sign(String action, Priority priority) {
        String nonce = nonce(priority);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", properties.clientId());
        params.put("nonce", nonce);
        params.put("signature", hmac(action, properties.clientId(), nonce));
        return params;
    }

    /**
     * Whether Withings takes this server's client id and secret, asked with a nonce request signed with the secret
     * (no user, no token): after a refused token request, it tells a wrong setting from a grant that ended.
     */
    public boolean acceptsClientCredentials() {
        try {
            nonce(Priority.INTERACTIVE);
            return true;
        } catch (WithingsInvalidParamsException | WithingsUnauthorizedException | WithingsAuthenticationException e) {
            return false;
        }
    }

    private String nonce(Priority priority) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", properties.clientId());
        params.put("timestamp", timestamp);
        params.put("signature", hmac("getnonce", properties.clientId(), timestamp));
        String nonce = Json.string(transport.call(SIGNATURE_PATH, "getnonce", params, null, priority), "nonce");
        if (nonce == null || nonce.isBlank()) {
            throw new WithingsProtocolException(SIGNATURE_PATH + " getnonce", 0, "no nonce in the answer");
        }
        return nonce;
    }

    /** Hex HMAC-SHA256 of the values joined by commas (the values sorted by key name, as Withings wants). */
    String hmac(String... values) {
        if (properties.clientSecret() == null || properties.clientSecret().isEmpty()) {
            throw new IllegalStateException("pulseboard.withings.client-secret is not set: cannot sign");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.join(",", values).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
