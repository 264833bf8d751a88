package dev.pulseboard.emulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.clock.EmulatorClock;
import dev.pulseboard.emulator.protocol.WithingsException;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/**
 * Withings request signing: {@code getnonce} (signature over {@code getnonce,client_id,timestamp}) hands out nonces
 * valid for 30 minutes and usable once; a signed call carries {@code signature = hex(HMAC-SHA256(client_secret,
 * "action,client_id,nonce"))}.
 */
@Component
public class SignatureVerifier {

    static final Duration NONCE_LIFETIME = Duration.ofMinutes(30);
    /** Withings refuses getnonce timestamps too far from its own time; 10 minutes either way here. */
    static final Duration TIMESTAMP_SKEW = Duration.ofMinutes(10);

    private record Nonce(String clientId, Instant expiresAt) {
    }

    private final ClientRegistry clients;
    private final EmulatorClock clock;
    private final Map<String, Nonce> nonces = new ConcurrentHashMap<>();

    SignatureVerifier(ClientRegistry clients, EmulatorClock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    String issueNonce(WithingsRequest request) {
        String clientId = request.required("client_id");
        long timestamp = request.requiredLong("timestamp");
        EmulatorProperties.Client client = known(clientId);
        verify(client, request.required("signature"), "getnonce", clientId, String.valueOf(timestamp));
        if (Math.abs(timestamp - clock.epochSecond()) > TIMESTAMP_SKEW.toSeconds()) {
            throw WithingsException.invalidParams("timestamp too far from the current time");
        }
        String nonce = Secrets.hex(16);
        nonces.put(nonce, new Nonce(clientId, clock.now().plus(NONCE_LIFETIME)));
        return nonce;
    }

    /** Checks a signed call's nonce (consuming it) and signature; answers the authenticated client. */
    public EmulatorProperties.Client verifySigned(WithingsRequest request) {
        String clientId = request.required("client_id");
        EmulatorProperties.Client client = known(clientId);
        String nonce = request.required("nonce");
        Nonce stored = nonces.remove(nonce);
        if (stored == null || !stored.clientId().equals(clientId) || !clock.now().isBefore(stored.expiresAt())) {
            throw WithingsException.invalidParams("invalid nonce");
        }
        verify(client, request.required("signature"), request.action(), clientId, nonce);
        return client;
    }

    public void reset() {
        nonces.clear();
    }

    public static String sign(String secret, String... values) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.join(",", values).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private EmulatorProperties.Client known(String clientId) {
        return clients.find(clientId).orElseThrow(() -> WithingsException.invalidParams("invalid client_id"));
    }

    private static void verify(EmulatorProperties.Client client, String signature, String... values) {
        String expected = sign(client.clientSecret(), values);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.toLowerCase().getBytes(StandardCharsets.UTF_8))) {
            throw WithingsException.invalidParams("invalid signature");
        }
    }
}
