package dev.pulseboard.emulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.EmulatorIntegrationSupport;

class WithingsGateIntegrationTests extends EmulatorIntegrationSupport {

    private static final Map<String, String> GETMEAS = Map.of("action", "getmeas", "meastype", "1");

    private void fault(String json) {
        assertThat(client.postJson("/_admin/faults", json).statusCode()).isEqualTo(201);
    }

    @Test
    void countsRequestsPerPathAndAction() {
        String token = client.accessToken("alex");
        client.call("/measure", token, GETMEAS);
        client.call("/measure", token, GETMEAS);

        JsonNode stats = client.json(client.get("/_admin/stats"));

        assertThat(stats.at("/requests/~1measure getmeas").asInt()).isEqualTo(2);
        assertThat(stats.at("/requests/~1v2~1oauth2 requesttoken").asInt()).isEqualTo(1);
        assertThat(stats.get("status601").asInt()).isZero();
    }

    @Test
    void answers601Past120RequestsPerMinuteAndRecoversAMinuteLater() {
        String token = client.accessToken("alex");
        for (int i = 0; i < 119; i++) {
            assertThat(client.call("/measure", token, GETMEAS).get("status").asInt()).isZero();
        }

        JsonNode refused = client.call("/measure", token, GETMEAS);

        assertThat(refused.get("status").asInt()).isEqualTo(601);
        assertThat(client.json(client.get("/_admin/stats")).get("status601").asInt()).isEqualTo(1);
        emulator.clock().advance(Duration.ofSeconds(61));
        assertThat(client.call("/measure", token, GETMEAS).get("status").asInt()).isZero();
    }

    @Test
    void injectsABodyStatusOnceThenAnswersNormally() {
        String token = client.accessToken("alex");
        fault("{\"path\":\"/measure\",\"action\":\"getmeas\",\"type\":\"status\",\"status\":2555,\"count\":1}");

        assertThat(client.call("/measure", token, GETMEAS).get("status").asInt()).isEqualTo(2555);
        assertThat(client.call("/measure", token, GETMEAS).get("status").asInt()).isZero();
    }

    @Test
    void injectsAnHttp502() {
        String token = client.accessToken("alex");
        fault("{\"path\":\"/measure\",\"type\":\"http\",\"status\":502}");

        var response = client.get("/measure?action=getmeas&access_token=" + token);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("Bad Gateway");
    }

    @Test
    void injectsMalformedJson() {
        String token = client.accessToken("alex");
        fault("{\"path\":\"/measure\",\"type\":\"malformed\"}");

        var response = client.get("/measure?action=getmeas&access_token=" + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> client.json(response)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void injectsAConnectionDroppedMidBody() {
        String token = client.accessToken("alex");
        fault("{\"path\":\"/measure\",\"type\":\"reset\"}");

        assertThatThrownBy(() -> client.get("/measure?action=getmeas&access_token=" + token))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void injectsAnOffsetThatDoesNotAdvance() {
        String token = client.accessToken("alex");
        fault("{\"path\":\"/measure\",\"type\":\"stuck-offset\"}");

        JsonNode body = client.call("/measure", token, Map.of("action", "getmeas", "offset", "400")).get("body");

        assertThat(body.get("offset").asInt()).isEqualTo(400);
        assertThat(body.get("more").asInt()).isEqualTo(1);
        assertThat(body.get("measuregrps").size()).isEqualTo(200);
    }

    @Test
    void delaysAnswerButStillAnswers() {
        String token = client.accessToken("alex");
        fault("{\"path\":\"/measure\",\"type\":\"delay\",\"delayMs\":300,\"count\":1}");
        long start = System.nanoTime();

        JsonNode response = client.call("/measure", token, GETMEAS);

        assertThat(response.get("status").asInt()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void refusesAnUnknownFaultTypeWithProblemJson() {
        var response = client.postJson("/_admin/faults", "{\"path\":\"/measure\",\"type\":\"explode\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(client.json(response).get("detail").asString()).contains("stuck-offset");
    }

    @Test
    void theAdminClockMovesTheEmulatorsTime() {
        long before = client.json(client.get("/_admin/clock")).get("now").asLong();

        JsonNode after = client.json(client.postJson("/_admin/clock", "{\"advanceSeconds\":3600}"));

        assertThat(after.get("now").asLong()).isBetween(before + 3600, before + 3700);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "PUT, /measure", "DELETE, /v2/measure", "PATCH, /v2/sleep", "PUT, /v2/heart", "DELETE, /v2/user",
            "PUT, /notify", "DELETE, /v2/oauth2", "OPTIONS, /measure" })
    void answersOtherMethodsOnApiPathsInTheEnvelopeWithHttp200(String method, String path) {
        String token = client.accessToken("alex");

        HttpResponse<String> response = client.send(method, path + "?action=getmeas&access_token=" + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode json = client.json(response);
        assertThat(json.get("status").asInt()).isEqualTo(2554);
        assertThat(json.get("body").isEmpty()).isTrue();
        assertThat(json.get("error").asString()).contains(method);
    }

    /** A service Withings does not have is 2554 in the envelope, as an unknown action is (withings-api.md §7). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/v2/measures", "/v2/notify", "/measures", "/v2/user/extra" })
    void answersAnUnknownServiceInTheEnvelopeWithHttp200(String path) {
        HttpResponse<String> response = client.send("POST", path + "?action=getmeas&access_token="
                + client.accessToken("alex"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = client.json(response);
        assertThat(json.get("status").asInt()).isEqualTo(2554);
        assertThat(json.get("error").asString()).contains(path);
    }

    @Test
    void leavesTheEmulatorsOwnPathsToIt() {
        assertThat(client.get("/_admin/nothing").statusCode()).isEqualTo(404);
        assertThat(client.get("/favicon.ico").statusCode()).isNotEqualTo(200);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }
}
