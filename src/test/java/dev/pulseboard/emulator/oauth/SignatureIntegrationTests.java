package dev.pulseboard.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.EmulatorIntegrationSupport;
import dev.pulseboard.emulator.EmulatorTestClient;

class SignatureIntegrationTests extends EmulatorIntegrationSupport {

    private static final String ID = EmulatorTestClient.CLIENT_ID;
    private static final String SECRET = EmulatorTestClient.CLIENT_SECRET;

    private String nonce() {
        return client.nonce(ID, SECRET, emulator.clock().now().getEpochSecond());
    }

    private JsonNode signed(String action, String nonce, Map<String, String> extra) {
        return client.signed("/v2/oauth2", action, ID, SECRET, nonce, extra);
    }

    @Test
    void getnonceAnswersANonceForAValidSignature() {
        assertThat(nonce()).matches("[0-9a-f]{32}");
    }

    @Test
    void getnonceRefusesABadSignature() {
        JsonNode response = client.json(client.post("/v2/signature", Map.of("action", "getnonce", "client_id", ID,
                "timestamp", String.valueOf(emulator.clock().now().getEpochSecond()), "signature", "00ff")));

        assertThat(response.get("status").asInt()).isEqualTo(503);
        assertThat(response.get("error").asString()).contains("signature");
    }

    @Test
    void revokeKillsTheUsersTokensAndTheNonceCannotBeReused() {
        String token = client.accessToken("alex");
        String nonce = nonce();

        assertThat(signed("revoke", nonce, Map.of("userid", "10000001")).get("status").asInt()).isZero();

        assertThat(client.call("/measure", token, Map.of("action", "getmeas")).get("status").asInt()).isEqualTo(401);
        assertThat(signed("revoke", nonce, Map.of("userid", "10000001")).get("status").asInt()).isEqualTo(503);
    }

    @Test
    void aNonceExpiresAfter30Minutes() {
        String nonce = nonce();
        emulator.clock().advance(Duration.ofMinutes(31));

        assertThat(signed("revoke", nonce, Map.of("userid", "10000001")).get("status").asInt()).isEqualTo(503);
    }

    @Test
    void getdemoaccessGivesWorkingTokensForTheDemoUser() {
        JsonNode body = signed("getdemoaccess", nonce(), Map.of("scope_oauth2", "user.metrics")).get("body");

        assertThat(body.get("access_token").asString()).matches("[0-9a-f]{40}");
        assertThat(body.get("expires_in").asInt()).isEqualTo(10800);
        JsonNode meas = client.call("/measure", body.get("access_token").asString(), Map.of("action", "getmeas"));
        assertThat(meas.at("/body/timezone").asString()).isEqualTo("Europe/Paris");
    }

    @Test
    void requesttokenAcceptsANonceAndSignatureInsteadOfTheSecret() {
        String code = client.authorize("alex", "user.metrics");

        JsonNode response = signed("requesttoken", nonce(), Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", EmulatorTestClient.REDIRECT_URI));

        assertThat(response.get("status").asInt()).isZero();
        assertThat(response.at("/body/userid").asString()).isEqualTo("10000001");
    }
}
