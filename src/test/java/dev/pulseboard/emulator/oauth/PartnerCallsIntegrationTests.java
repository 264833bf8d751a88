package dev.pulseboard.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.CallbackServer;
import dev.pulseboard.emulator.EmulatorIntegrationSupport;
import dev.pulseboard.emulator.EmulatorTestClient;
import dev.pulseboard.support.Poll;

/** The signed calls without a user token: the appli-53 subscription and recoverauthorizationcode. */
class PartnerCallsIntegrationTests extends EmulatorIntegrationSupport {

    private static final String APP = EmulatorTestClient.CLIENT_ID;
    private static final String APP_SECRET = EmulatorTestClient.CLIENT_SECRET;
    private static final String PARTNER = "partner-app";
    private static final String PARTNER_SECRET = "partner-secret";
    private static final String PARTNER_REDIRECT = "https://partner.example.com/cb";

    @BeforeEach
    void registerPartner() {
        assertThat(client.postJson("/_admin/clients", "{\"clientId\":\"" + PARTNER + "\",\"clientSecret\":\""
                + PARTNER_SECRET + "\",\"redirectUris\":[\"" + PARTNER_REDIRECT + "\"],\"partner\":true}")
                .statusCode()).isEqualTo(201);
    }

    private String nonce(String clientId, String secret) {
        return client.nonce(clientId, secret, emulator.clock().now().getEpochSecond());
    }

    private JsonNode notify(String action, Map<String, String> extra) {
        return client.signed("/notify", action, APP, APP_SECRET, nonce(APP, APP_SECRET), extra);
    }

    private JsonNode recover(String clientId, String secret, String userId) {
        return client.signed("/v2/oauth2", "recoverauthorizationcode", clientId, secret, nonce(clientId, secret),
                Map.of("userid", userId));
    }

    /** Links a persona to the partner app through the consent form; answers the token response body. */
    private JsonNode linkToPartner(String persona) {
        Map<String, String> form = client.authorizeQuery("user.metrics");
        form.put("client_id", PARTNER);
        form.put("redirect_uri", PARTNER_REDIRECT);
        form.put("persona", persona);
        form.put("decision", "allow");
        String location = client.post(ConsentController.PATH, form).headers().firstValue("Location").orElseThrow();
        return exchange(location.replaceAll(".*[?&]code=([0-9a-f]+).*", "$1"));
    }

    private JsonNode exchange(String code) {
        return client.json(client.post("/v2/oauth2", Map.of("action", "requesttoken", "grant_type",
                "authorization_code", "client_id", PARTNER, "client_secret", PARTNER_SECRET, "code", code,
                "redirect_uri", PARTNER_REDIRECT)));
    }

    @Test
    void subscribesTheApplicationToAppli53WithASignedCallAndNoToken() {
        try (CallbackServer hook = new CallbackServer()) {
            JsonNode subscribed = notify("subscribe", Map.of("appli", "53", "callbackurl", hook.url(),
                    "comment", "cellular"));

            assertThat(subscribed.get("status").asInt()).isZero();
            assertThat(hook.calls()).extracting(CallbackServer.Call::method).containsExactly("HEAD");
            JsonNode profiles = notify("list", Map.of()).at("/body/profiles");
            assertThat(profiles.size()).isEqualTo(1);
            assertThat(profiles.at("/0/appli").asInt()).isEqualTo(53);
            assertThat(notify("get", Map.of("appli", "53", "callbackurl", hook.url())).at("/body/comment").asString())
                    .isEqualTo("cellular");

            var fired = client.postJson("/_admin/notifications", "{\"appli\":53,\"startdate\":1700000000}");

            assertThat(fired.statusCode()).isEqualTo(202);
            Poll.until(Duration.ofSeconds(10), "the appli-53 notification", () -> !hook.posts().isEmpty());
            assertThat(hook.posts().get(0).body()).isEqualTo("appli=53&startdate=1700000000&enddate=1700000001");
            assertThat(notify("revoke", Map.of("appli", "53", "callbackurl", hook.url())).get("status").asInt())
                    .isZero();
            assertThat(notify("list", Map.of()).at("/body/profiles").isEmpty()).isTrue();
        }
    }

    @Test
    void refusesAppli53WithABadSignatureAReusedNonceAUserTokenOrAnotherAppli() {
        try (CallbackServer hook = new CallbackServer()) {
            String nonce = nonce(APP, APP_SECRET);
            JsonNode badSignature = client.json(client.post("/notify", Map.of("action", "subscribe", "client_id", APP,
                    "nonce", nonce, "signature", SignatureVerifier.sign("wrong-secret", "subscribe", APP, nonce),
                    "appli", "53", "callbackurl", hook.url())));
            JsonNode reused = client.signed("/notify", "subscribe", APP, APP_SECRET, nonce,
                    Map.of("appli", "53", "callbackurl", hook.url()));
            JsonNode unknownNonce = client.signed("/notify", "subscribe", APP, APP_SECRET, "00112233",
                    Map.of("appli", "53", "callbackurl", hook.url()));
            JsonNode withToken = client.call("/notify", client.accessToken("alex"), Map.of("action", "subscribe",
                    "appli", "53", "callbackurl", hook.url()));
            JsonNode otherAppli = notify("subscribe", Map.of("appli", "1", "callbackurl", hook.url()));

            assertThat(List.of(badSignature, reused, unknownNonce, withToken, otherAppli))
                    .allSatisfy(r -> assertThat(r.get("status").asInt()).isEqualTo(503));
            assertThat(badSignature.get("error").asString()).contains("signature");
            assertThat(reused.get("error").asString()).contains("nonce");
            assertThat(withToken.get("error").asString()).contains("signed");
            assertThat(hook.calls()).isEmpty();
            assertThat(notify("list", Map.of()).at("/body/profiles").isEmpty()).isTrue();
        }
    }

    @Test
    void getdeviceGivesAPartnersAppTheAdvancedFieldsAndOthersNot() {
        String partnerToken = linkToPartner("alex").at("/body/access_token").asString();
        List<String> advanced = List.of("mac_address", "fw", "network", "last_used_network", "sim_status");

        JsonNode forPartner = client.call("/v2/user", partnerToken, Map.of("action", "getdevice")).at("/body/devices");
        JsonNode forOthers = client.call("/v2/user", client.accessToken("alex"), Map.of("action", "getdevice"))
                .at("/body/devices");

        assertThat(forPartner.size()).isEqualTo(forOthers.size()).isGreaterThanOrEqualTo(4);
        forPartner.forEach(d -> assertThat(d.propertyNames()).containsAll(advanced));
        forOthers.forEach(d -> assertThat(d.propertyNames()).doesNotContainAnyElementsOf(advanced));
    }

    @Test
    void recoverauthorizationcodeGivesAPartnerASingleUseCodeForALinkedUser() {
        assertThat(linkToPartner("alex").at("/status").asInt()).isZero();

        JsonNode recovered = recover(PARTNER, PARTNER_SECRET, "10000001");

        assertThat(recovered.get("status").asInt()).isZero();
        String code = recovered.at("/body/user/code").asString();
        assertThat(code).matches("[0-9a-f]{40}");
        JsonNode tokens = exchange(code);
        assertThat(tokens.at("/body/userid").asString()).isEqualTo("10000001");
        assertThat(tokens.at("/body/scope").asString()).isEqualTo("user.metrics");
        assertThat(client.call("/measure", tokens.at("/body/access_token").asString(), Map.of("action", "getmeas"))
                .at("/body/timezone").asString()).isEqualTo("Europe/Paris");
        assertThat(exchange(code).get("status").asInt()).isEqualTo(503);
    }

    @Test
    void recoverauthorizationcodeRefusesNonPartnersUnlinkedUsersAndBadSignatures() {
        client.accessToken("alex");
        linkToPartner("alex");

        JsonNode notPartner = recover(APP, APP_SECRET, "10000001");
        JsonNode unlinked = recover(PARTNER, PARTNER_SECRET, "10000003");
        String nonce = nonce(PARTNER, PARTNER_SECRET);
        JsonNode badSignature = client.json(client.post("/v2/oauth2", Map.of("action", "recoverauthorizationcode",
                "client_id", PARTNER, "nonce", nonce, "userid", "10000001",
                "signature", SignatureVerifier.sign(PARTNER_SECRET, "revoke", PARTNER, nonce))));
        String stale = nonce(PARTNER, PARTNER_SECRET);
        emulator.clock().advance(Duration.ofMinutes(31));
        JsonNode expired = client.signed("/v2/oauth2", "recoverauthorizationcode", PARTNER, PARTNER_SECRET, stale,
                Map.of("userid", "10000001"));

        assertThat(notPartner.get("status").asInt()).isEqualTo(2553);
        assertThat(notPartner.get("error").asString()).contains("partners");
        assertThat(unlinked.get("status").asInt()).isEqualTo(503);
        assertThat(badSignature.get("status").asInt()).isEqualTo(503);
        assertThat(expired.get("status").asInt()).isEqualTo(503);
        assertThat(List.of(notPartner, unlinked, badSignature, expired))
                .allSatisfy(r -> assertThat(r.at("/body/user").isMissingNode()).isTrue());
    }
}
