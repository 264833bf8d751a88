package dev.pulseboard.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The standalone emulator on a random port with one registered client; state is reset after each test. Personas
 * upload new readings only when the test moves the emulator's clock.
 */
@SpringBootTest(classes = EmulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "pulseboard.mode=emulator", "pulseboard.emulator.clients[0].client-id=test-app",
                "pulseboard.emulator.clients[0].client-secret=test-secret",
                "pulseboard.emulator.clients[0].redirect-uris[0]=https://app.example.com/withings/callback",
                "pulseboard.emulator.notification-time-scale=0.0001",
                // Uploads happen only when a test moves the clock, so that no reading arrives by chance mid-test.
                "pulseboard.emulator.live-upload-interval=0" })
public abstract class EmulatorIntegrationSupport {

    @LocalServerPort
    public int port;

    @Autowired
    public Emulator emulator;

    public EmulatorTestClient client;

    @BeforeEach
    void startClient() {
        client = new EmulatorTestClient(port, "");
    }

    @AfterEach
    void resetEmulator() {
        emulator.reset();
    }
}
