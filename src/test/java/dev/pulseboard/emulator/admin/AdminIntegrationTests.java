package dev.pulseboard.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.emulator.EmulatorIntegrationSupport;
import dev.pulseboard.emulator.EmulatorTestClient;
import dev.pulseboard.emulator.oauth.ConsentController;

class AdminIntegrationTests extends EmulatorIntegrationSupport {

    @Test
    void listsEveryPersonaWithUserIdAndDevices() {
        JsonNode personas = client.json(client.get("/_admin/personas"));

        assertThat(personas.size()).isGreaterThanOrEqualTo(4);
        assertThat(personas.get(0).get("id").asString()).isEqualTo("alex");
        assertThat(personas.get(0).get("userId").asString()).isEqualTo("10000001");
        assertThat(personas.get(0).get("devices").findValuesAsString("model")).contains("Body Scan", "BPM Core",
                "ScanWatch");
        JsonNode nina = personas.get(2);
        assertThat(nina.get("id").asString()).isEqualTo("nina");
        assertThat(nina.get("devices").size()).isPositive();
    }

    @Test
    void listsAPersonasDecodedWeighInsOncePerGrpid() {
        JsonNode measures = client.json(client.get("/_admin/personas/alex/measures?type=1&category=1"));

        assertThat(measures.get("count").asInt()).isEqualTo(emulator.weighInCount("alex"));
        assertThat(measures.get("items").size()).isEqualTo(measures.get("count").asInt());
        JsonNode first = measures.get("items").get(0);
        assertThat(first.get("value").asDouble()).isBetween(70.0, 100.0);
        assertThat(measures.get("items").findValuesAsString("grpid")).doesNotHaveDuplicates();
    }

    @Test
    void anAddedBloodPressureTakesAGroupIdNoGeneratedGroupHas() {
        emulator.addReading("10000001", 10, new BigDecimal("150"), emulator.clock().epochSecond() - 60);

        JsonNode systolic = client.json(client.get("/_admin/personas/alex/measures?type=10&category=1"));

        assertThat(systolic.get("items").findValuesAsString("grpid")).as("no home-protocol reading overwritten")
                .doesNotHaveDuplicates();
    }

    @Test
    void editsAGroupAsAnEditInTheWithingsAppWould() {
        long grpid = emulator.addReading("10000001", 1, new BigDecimal("80.5"), emulator.clock().epochSecond() - 600);

        assertThat(client.sendJson("PATCH", "/_admin/readings/" + grpid,
                "{\"userId\":\"10000001\",\"values\":{\"1\":81.25,\"6\":22.5}}").statusCode()).isEqualTo(204);

        assertThat(value("alex", 1, grpid)).isEqualByComparingTo("81.25");
        assertThat(value("alex", 6, grpid)).as("a type the group lacked, added").isEqualByComparingTo("22.5");

        assertThat(client.sendJson("PATCH", "/_admin/readings/" + grpid,
                "{\"userId\":\"10000001\",\"removed\":[6]}").statusCode()).isEqualTo(204);

        assertThat(value("alex", 6, grpid)).isNull();
        assertThat(value("alex", 1, grpid)).isEqualByComparingTo("81.25");
        HttpResponse<String> unknown = client.sendJson("PATCH", "/_admin/readings/42",
                "{\"userId\":\"10000001\",\"removed\":[6]}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(client.json(unknown).get("detail").asString()).contains("42");
        assertThat(client.sendJson("PATCH", "/_admin/readings/" + grpid, "{\"userId\":\"10000001\"}").statusCode())
                .isEqualTo(400);
    }

    private BigDecimal value(String persona, int type, long grpid) {
        return emulator.readings(persona, type, 1).stream().filter(r -> r.grpid() == grpid).map(Emulator.Reading::value)
                .findFirst().orElse(null);
    }

    @Test
    void answersAnUnknownPersonaWithProblemJson() {
        HttpResponse<String> response = client.get("/_admin/personas/nobody/measures");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void answersABodyThatIsNotJsonWithProblemJson() {
        HttpResponse<String> response = client.post("/_admin/readings", Map.of("userId", "10000001", "type", "1"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Content-Type: application/json");
    }

    @Test
    void registersAClientThatCanThenAuthorize() {
        HttpResponse<String> created = client.postJson("/_admin/clients",
                "{\"clientId\":\"other\",\"clientSecret\":\"s3\",\"redirectUris\":[\"https://o.example.com/cb\"]}");
        assertThat(created.statusCode()).isEqualTo(201);

        Map<String, String> form = client.authorizeQuery("user.metrics");
        form.put("client_id", "other");
        form.put("redirect_uri", "https://o.example.com/cb");
        form.put("persona", "sam");
        form.put("decision", "allow");
        String location = client.post(ConsentController.PATH, form).headers().firstValue("Location").orElseThrow();

        assertThat(location).startsWith("https://o.example.com/cb?code=");
        assertThat(emulator.personas()).extracting(Emulator.PersonaSummary::id).contains("sam");
    }

    @Test
    void answersBadJsonWithA400ProblemJson() {
        HttpResponse<String> response = client.postJson("/_admin/clients", "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(client.json(response).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void answersAClientWithoutSecretWithA400() {
        HttpResponse<String> response = client.postJson("/_admin/clients", "{\"clientId\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(client.json(response).get("detail").asString()).contains("clientSecret");
        assertThat(List.of(response.body())).noneMatch(b -> b.contains("Exception"));
    }

    @Test
    void refusesAReadingForAnUnknownUserWithA404() {
        HttpResponse<String> response = client.postJson("/_admin/readings",
                "{\"userId\":\"42\",\"type\":1,\"value\":80,\"time\":1700000000}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(client.json(response).get("detail").asString()).contains("42");
    }

    @Test
    void refusesAReadingWithoutValueWithA400() {
        HttpResponse<String> response = client.postJson("/_admin/readings", "{\"userId\":\"10000001\",\"type\":1}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(client.json(response).get("detail").asString()).contains("value");
    }

    @Test
    void resetForgetsAddedReadingsAndClients() {
        emulator.addReading("10000001", 1, new BigDecimal("77.7"), 1_700_000_000L);
        client.postJson("/_admin/clients", "{\"clientId\":\"tmp\",\"clientSecret\":\"s\",\"redirectUris\":[]}");
        int withReading = emulator.weighInCount("alex");

        assertThat(client.post("/_admin/reset", Map.of()).statusCode()).isEqualTo(204);

        assertThat(emulator.weighInCount("alex")).isEqualTo(withReading - 1);
        Map<String, String> query = client.authorizeQuery("user.metrics");
        query.put("client_id", "tmp");
        assertThat(client.get(ConsentController.PATH + "?" + EmulatorTestClient.form(query)).body())
                .contains("invalid_client");
    }
}
