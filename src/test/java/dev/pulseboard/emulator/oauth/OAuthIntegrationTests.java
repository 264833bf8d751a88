package dev.pulseboard.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.EmulatorIntegrationSupport;
import dev.pulseboard.emulator.EmulatorTestClient;

class OAuthIntegrationTests extends EmulatorIntegrationSupport {

    @Test
    void consentPageNamesTheEmulatorListsScopesAndPreselectsTheFirstPersona() {
        HttpResponse<String> page = client.get(ConsentController.PATH + "?"
                + EmulatorTestClient.form(client.authorizeQuery("user.metrics,user.activity")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Pulseboard Withings emulator", "user.metrics", "user.activity",
                "Alex Martin", "Nina Berg", "value=\"allow\"", "value=\"deny\"");
        assertThat(page.body()).containsPattern("value=\"alex\"\\s+checked");
        assertThat(page.body()).doesNotContainPattern("value=\"sam\"\\s+checked");
    }

    @Test
    void consentPageRefusesAnUnregisteredRedirectUriWithoutRedirecting() {
        Map<String, String> query = client.authorizeQuery("user.metrics");
        query.put("redirect_uri", "https://evil.example.com/cb");

        HttpResponse<String> page = client.get(ConsentController.PATH + "?" + EmulatorTestClient.form(query));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        // Withings' own answer (withings-api.md §2): JSON, not a page.
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(client.json(page).at("/errors/0/message").asString()).startsWith("redirect_uri_mismatch: ");
    }

    @Test
    void consentPageRefusesAnUnknownClient() {
        Map<String, String> query = client.authorizeQuery("user.metrics");
        query.put("client_id", "nobody");
        query.put("decision", "allow");
        query.put("persona", "alex");

        HttpResponse<String> page = client.post(ConsentController.PATH, query);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(page.body()).contains("invalid_client");
    }

    @Test
    void denyRedirectsWithAccessDeniedAndTheState() {
        Map<String, String> form = client.authorizeQuery("user.metrics");
        form.put("decision", "deny");

        HttpResponse<String> response = client.post(ConsentController.PATH, form);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains(
                EmulatorTestClient.REDIRECT_URI + "?error=access_denied&state=st-1");
    }

    @Test
    void allowRedirectsWithACodeThatExchangesForTokensInWithingsShape() {
        Map<String, String> form = client.authorizeQuery("user.metrics,user.activity");
        form.put("persona", "alex");
        form.put("decision", "allow");
        String location = client.post(ConsentController.PATH, form).headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("https://app\\.example\\.com/withings/callback\\?code=[0-9a-f]{40}&state=st-1");

        JsonNode token = client.exchange(location.replaceAll(".*code=([0-9a-f]+).*", "$1"));

        assertThat(token.get("status").asInt()).isZero();
        JsonNode body = token.get("body");
        assertThat(body.get("userid").isIntegralNumber()).as("a number, as in OAS and the recorded answer").isTrue();
        assertThat(body.get("userid").asLong()).isEqualTo(10000001L);
        assertThat(body.get("access_token").asString()).matches("[0-9a-f]{40}");
        assertThat(body.get("refresh_token").asString()).matches("[0-9a-f]{40}");
        assertThat(body.get("expires_in").asInt()).isEqualTo(10800);
        assertThat(body.get("scope").asString()).isEqualTo("user.metrics,user.activity");
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("csrf_token").asString()).isNotBlank();
    }

    @Test
    void samsTokenAnswersCarryTheUseridAsAString() {
        JsonNode first = client.exchange(client.authorize("sam", "user.metrics")).get("body");
        JsonNode refreshed = client.refresh(first.get("refresh_token").asString()).get("body");

        assertThat(List.of(first.get("userid"), refreshed.get("userid"))).allSatisfy(userid -> {
            assertThat(userid.isString()).as("a string, as in Withings' support article and examples").isTrue();
            assertThat(userid.asString()).isEqualTo("10000002");
        });
        assertThat(client.exchange(client.authorize("aroha", "user.metrics")).at("/body/userid").isIntegralNumber())
                .as("the other personas' stay numbers").isTrue();
    }

    @Test
    void demoModeLinksTheDemoPersonaWhateverIsChosen() {
        Map<String, String> form = client.authorizeQuery("user.metrics");
        form.put("mode", "demo");
        form.put("persona", "sam");
        form.put("decision", "allow");
        String location = client.post(ConsentController.PATH, form).headers().firstValue("Location").orElseThrow();

        JsonNode token = client.exchange(location.replaceAll(".*code=([0-9a-f]+).*", "$1"));

        assertThat(token.at("/body/userid").asString()).isEqualTo("10000001");
    }

    @Test
    void rejectsAReusedCodeWithStatus503() {
        String code = client.authorize("alex", "user.metrics");
        assertThat(client.exchange(code).get("status").asInt()).isZero();

        JsonNode second = client.exchange(code);

        assertThat(second.get("status").asInt()).isEqualTo(503);
        assertThat(second.get("body").isEmpty()).isTrue();
        assertThat(second.get("error").asString()).contains("invalid code");
    }

    @Test
    void rejectsACodeOlderThan30Seconds() {
        String code = client.authorize("alex", "user.metrics");
        emulator.clock().advance(Duration.ofSeconds(31));

        assertThat(client.exchange(code).get("status").asInt()).isEqualTo(503);
    }

    @Test
    void rejectsACodeExchangedForAnotherRedirectUri() {
        String code = client.authorize("alex", "user.metrics");

        JsonNode response = client.json(client.post("/v2/oauth2", Map.of("action", "requesttoken",
                "grant_type", "authorization_code", "client_id", EmulatorTestClient.CLIENT_ID,
                "client_secret", EmulatorTestClient.CLIENT_SECRET, "code", code,
                "redirect_uri", "https://app.example.com/other")));

        assertThat(response.get("status").asInt()).isEqualTo(503);
    }

    @Test
    void rejectsAWrongClientSecret() {
        String code = client.authorize("alex", "user.metrics");

        HttpResponse<String> response = client.post("/v2/oauth2", Map.of("action", "requesttoken",
                "grant_type", "authorization_code", "client_id", EmulatorTestClient.CLIENT_ID,
                "client_secret", "wrong", "code", code, "redirect_uri", EmulatorTestClient.REDIRECT_URI));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(client.json(response).get("status").asInt()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("test-secret");
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenDiesWhenTheNewAccessTokenIsUsed() {
        JsonNode first = client.exchange(client.authorize("alex", "user.metrics")).get("body");
        String oldRefresh = first.get("refresh_token").asString();

        JsonNode second = client.refresh(oldRefresh).get("body");
        assertThat(second.get("refresh_token").asString()).isNotEqualTo(oldRefresh).matches("[0-9a-f]{40}");
        assertThat(second.get("access_token").asString()).isNotEqualTo(first.get("access_token").asString());
        assertThat(second.get("userid").asString()).isEqualTo("10000001");
        assertThat(client.refresh(oldRefresh).get("status").asInt()).as("still in grace").isZero();

        JsonNode third = client.refresh(oldRefresh).get("body");
        client.call("/measure", third.get("access_token").asString(), Map.of("action", "getmeas", "meastype", "1",
                "startdate", "0", "enddate", "1"));

        assertThat(client.refresh(oldRefresh).get("status").asInt()).isEqualTo(503);
        assertThat(client.refresh(third.get("refresh_token").asString()).get("status").asInt()).isZero();
    }

    @Test
    void oldRefreshTokenDiesEightHoursAfterRotation() {
        String oldRefresh = client.exchange(client.authorize("alex", "user.metrics")).at("/body/refresh_token")
                .asString();
        String newRefresh = client.refresh(oldRefresh).at("/body/refresh_token").asString();

        emulator.clock().advance(Duration.ofHours(8).plusSeconds(1));

        assertThat(client.refresh(oldRefresh).get("status").asInt()).isEqualTo(503);
        assertThat(client.refresh(newRefresh).get("status").asInt()).isZero();
    }

    @Test
    void accessTokenExpiresAfterThreeHours() {
        String token = client.accessToken("alex");
        emulator.clock().advance(Duration.ofHours(3).plusSeconds(1));

        JsonNode response = client.call("/measure", token, Map.of("action", "getmeas"));

        assertThat(response.get("status").asInt()).isEqualTo(401);
        assertThat(response.get("error").asString()).contains("invalid_token");
    }

    @Test
    void tokenEndpointWantsPost() {
        JsonNode response = client.json(client.get("/v2/oauth2?action=requesttoken&grant_type=authorization_code"
                + "&client_id=test-app&client_secret=test-secret&code=x&redirect_uri=x"));

        assertThat(response.get("status").asInt()).isEqualTo(503);
        assertThat(response.get("error").asString()).contains("invalid grant_type");
    }

    @Test
    void tokenEndpointRefusesParametersInTheQueryString() {
        String code = client.authorize("alex", "user.metrics");

        JsonNode response = client.json(client.post("/v2/oauth2?action=requesttoken&grant_type=authorization_code"
                + "&client_id=test-app&client_secret=test-secret&code=" + code + "&redirect_uri="
                + EmulatorTestClient.REDIRECT_URI, Map.of()));

        assertThat(response.get("status").asInt()).isEqualTo(503);
        assertThat(response.get("error").asString()).contains("invalid grant_type");
        assertThat(response.get("body").isEmpty()).isTrue();
        assertThat(client.exchange(code).at("/body/access_token").asString()).as("the code was not spent")
                .matches("[0-9a-f]{40}");
    }

    @Test
    void tokenEndpointTakesTheActionFromTheQueryAndTheRestFromTheBody() {
        String code = client.authorize("alex", "user.metrics");

        JsonNode response = client.json(client.post("/v2/oauth2?action=requesttoken", Map.of("grant_type",
                "authorization_code", "client_id", EmulatorTestClient.CLIENT_ID, "client_secret",
                EmulatorTestClient.CLIENT_SECRET, "code", code, "redirect_uri", EmulatorTestClient.REDIRECT_URI)));

        assertThat(response.get("status").asInt()).isZero();
        assertThat(response.at("/body/access_token").asString()).matches("[0-9a-f]{40}");
    }
}
