package dev.pulseboard.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.EmulatorIntegrationSupport;
import dev.pulseboard.emulator.EmulatorTestClient;
import dev.pulseboard.emulator.oauth.ConsentController;

class GeneratedUsersIntegrationTests extends EmulatorIntegrationSupport {

    private JsonNode generate(String json) {
        HttpResponse<String> response = client.postJson("/_admin/users", json);
        assertThat(response.statusCode()).isEqualTo(201);
        return client.json(response).get("users");
    }

    @Test
    void createsUsersClonedFromAPersonaWithWorkingTokensAndDifferentData() {
        JsonNode users = generate("{\"persona\":\"alex\",\"count\":3,\"clientId\":\"test-app\"}");

        assertThat(users.size()).isEqualTo(3);
        Set<String> userIds = new HashSet<>();
        Set<Long> firstWeights = new HashSet<>();
        for (JsonNode user : users) {
            userIds.add(user.get("userId").asString());
            assertThat(user.get("id").asString()).startsWith("alex-");
            assertThat(user.get("accessToken").asString()).matches("[0-9a-f]{40}");
            assertThat(user.get("refreshToken").asString()).matches("[0-9a-f]{40}");
            JsonNode body = client.call("/measure", user.get("accessToken").asString(), Map.of("action", "getmeas",
                    "meastype", "1", "category", "1")).get("body");
            assertThat(body.get("timezone").asString()).isEqualTo("Europe/Paris");
            assertThat(body.get("measuregrps").size()).isEqualTo(200);
            firstWeights.add(body.at("/measuregrps/0/measures/0/value").asLong());
            JsonNode devices = client.call("/v2/user", user.get("accessToken").asString(),
                    Map.of("action", "getdevice")).at("/body/devices");
            assertThat(devices.findValuesAsString("model")).contains("Body Scan", "BPM Core", "ScanWatch");
        }
        assertThat(userIds).hasSize(3).doesNotContain("10000001");
        assertThat(firstWeights).hasSize(3);
        assertThat(client.json(client.get("/_admin/users")).findValuesAsString("userId"))
                .containsExactlyInAnyOrderElementsOf(userIds);
    }

    @Test
    void handsBackSingleUseCodesForARedirectUri() {
        JsonNode user = generate("{\"persona\":\"sam\",\"count\":1,\"clientId\":\"test-app\",\"scope\":\"user.metrics\","
                + "\"redirectUri\":\"" + EmulatorTestClient.REDIRECT_URI + "\"}").get(0);
        String code = user.get("code").asString();

        JsonNode token = client.exchange(code);

        assertThat(user.get("accessToken").isNull()).isTrue();
        assertThat(token.at("/body/userid").asString()).isEqualTo(user.get("userId").asString());
        assertThat(token.at("/body/scope").asString()).isEqualTo("user.metrics");
        assertThat(client.exchange(code).get("status").asInt()).isEqualTo(503);
    }

    @Test
    void theConsentPageOffersGeneratedUsersAndLinksThem() {
        JsonNode user = generate("{\"persona\":\"aroha\",\"count\":2,\"clientId\":\"test-app\"}").get(1);
        Map<String, String> query = client.authorizeQuery("user.metrics");

        String page = client.get(ConsentController.PATH + "?" + EmulatorTestClient.form(query)).body();
        String token = client.exchange(client.authorize(user.get("id").asString(), "user.metrics"))
                .at("/body/access_token").asString();

        assertThat(page).contains(user.get("id").asString(), user.get("userId").asString());
        assertThat(client.call("/measure", token, Map.of("action", "getmeas")).at("/body/timezone").asString())
                .isEqualTo("Pacific/Auckland");
    }

    @Test
    void resetRemovesGeneratedUsers() {
        JsonNode user = generate("{\"persona\":\"alex\",\"count\":1,\"clientId\":\"test-app\"}").get(0);

        emulator.reset();

        assertThat(client.json(client.get("/_admin/users")).isEmpty()).isTrue();
        assertThat(client.call("/measure", user.get("accessToken").asString(), Map.of("action", "getmeas"))
                .get("status").asInt()).isEqualTo(401);
        Map<String, String> form = client.authorizeQuery("user.metrics");
        form.put("persona", user.get("id").asString());
        form.put("decision", "allow");
        assertThat(client.post(ConsentController.PATH, form).statusCode()).isEqualTo(400);
    }

    @Test
    void refusesBadRequestsWithProblemJson() {
        for (String json : new String[] { "{\"persona\":\"nobody\",\"count\":1,\"clientId\":\"test-app\"}",
                "{\"persona\":\"alex\",\"count\":1,\"clientId\":\"unknown\"}",
                "{\"persona\":\"alex\",\"count\":0,\"clientId\":\"test-app\"}",
                "{\"persona\":\"alex\",\"count\":1,\"clientId\":\"test-app\",\"scope\":\"everything\"}",
                "{\"persona\":\"alex\",\"count\":1,\"clientId\":\"test-app\",\"redirectUri\":\"https://evil.example\"}",
                "{\"persona\":\"alex\"}", "{not json" }) {
            HttpResponse<String> response = client.postJson("/_admin/users", json);

            assertThat(response.statusCode()).as(json).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(client.json(client.get("/_admin/users")).isEmpty()).isTrue();
    }
}
