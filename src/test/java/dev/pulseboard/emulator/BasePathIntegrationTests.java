package dev.pulseboard.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Demo mode's layout: every endpoint under {@code /emulator/withings}, nothing at the root. */
@SpringBootTest(classes = EmulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "pulseboard.mode=emulator", "pulseboard.emulator.base-path=/emulator/withings/",
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
}
