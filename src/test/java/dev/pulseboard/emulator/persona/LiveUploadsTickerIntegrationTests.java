package dev.pulseboard.emulator.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pulseboard.emulator.CallbackServer;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.emulator.EmulatorApplication;
import dev.pulseboard.emulator.EmulatorTestClient;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.support.Poll;

/** Time passing on its own (no admin call) uploads readings: the ticker notices within its interval. */
@SpringBootTest(classes = EmulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "pulseboard.mode=emulator", "pulseboard.emulator.clients[0].client-id=test-app",
                "pulseboard.emulator.clients[0].client-secret=test-secret",
                "pulseboard.emulator.clients[0].redirect-uris[0]=https://app.example.com/withings/callback",
                "pulseboard.emulator.live-upload-interval=100ms" })
class LiveUploadsTickerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    PersonaStore store;

    @AfterEach
    void reset() {
        emulator.reset();
    }

    @Test
    void aNightIsUploadedWhenRealTimeReachesIt() {
        EmulatorTestClient client = new EmulatorTestClient(port, "");
        String token = client.accessToken("alex");
        long now = emulator.clock().now().getEpochSecond();
        Night next = store.user("10000001").history().nights().stream().filter(n -> n.created() > now + 3600)
                .findFirst().orElseThrow();
        try (CallbackServer hook = new CallbackServer()) {
            client.call("/notify", token, Map.of("action", "subscribe", "callbackurl", hook.url(), "appli", "44"));

            String expected = "userid=10000001&appli=44&startdate=" + next.start() + "&enddate=" + next.end()
                    + "&deviceid=" + next.device().deviceId();
            emulator.clock().set(Instant.ofEpochSecond(next.created() - 1));

            // A night created within the hour after now (last night's, when the test runs early in the morning) is
            // uploaded by the same jump of the clock, and its notification may already be on its way: not this one.
            assertThat(hook.posts()).noneMatch(p -> p.body().equals(expected));
            Poll.until(Duration.ofSeconds(10), "the night's upload",
                    () -> hook.posts().stream().anyMatch(p -> p.body().equals(expected)));
        }
    }
}
