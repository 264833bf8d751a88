package dev.pulseboard.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Demo mode's layout (every endpoint under {@code /emulator/withings}, nothing at the root), with strict callbacks. */
@SpringBootTest(classes = EmulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "pulseboard.mode=emulator", "pulseboard.emulator.base-path=/emulator/withings/",
                "pulseboard.emulator.strict-callbacks=true",
                "pulseboard.emulator.clients[0].client-id=test-app",
                "pulseboard.emulator.clients[0].client-secret=test-secret",
                "pulseboard.emulator.clients[0].redirect-uris[0]=https://app.example.com/withings/callback" })
class BasePathIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void servesTheWholeFlowUnderTheBasePath() {
        EmulatorTestClient client = new EmulatorTestClient(port, "/emulator/withings");

        String token = client.accessToken("alex");
        JsonNode body = client.call("/measure", token, Map.of("action", "getmeas", "meastype", "1")).get("body");

        assertThat(body.get("measuregrps").size()).isEqualTo(200);
        assertThat(client.json(client.get("/_admin/personas")).get(0).get("id").asString()).isEqualTo("alex");
        assertThat(new EmulatorTestClient(port, "").get("/_admin/personas").statusCode()).isEqualTo(404);
    }

    @Test
    void servesTheLandingPageUnderTheBasePathOnly() {
        EmulatorTestClient client = new EmulatorTestClient(port, "/emulator/withings");

        String page = client.get("/").body();

        assertThat(page).contains("http://localhost:" + port + "/emulator/withings</code>",
                "href=\"/emulator/withings/_admin/personas\"");
        assertThat(new EmulatorTestClient(port, "").get("/").statusCode()).isEqualTo(404);
    }

    @Test
    void strictCallbacksRefuseALocalHttpCallbackWith293() {
        EmulatorTestClient client = new EmulatorTestClient(port, "/emulator/withings");
        try (CallbackServer hook = new CallbackServer()) {
            JsonNode response = client.call("/notify", client.accessToken("alex"), Map.of("action", "subscribe",
                    "callbackurl", hook.url(), "appli", "1"));

            assertThat(response.get("status").asInt()).isEqualTo(293);
            assertThat(response.get("error").asString()).contains("not HTTPS");
            assertThat(hook.calls()).isEmpty();
        }
    }
}
