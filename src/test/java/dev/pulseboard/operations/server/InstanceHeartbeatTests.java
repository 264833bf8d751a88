package dev.pulseboard.operations.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InstanceHeartbeatTests {

    private static final List<String> NAMES = List.of("web-1:8080-a1b2c3", "web-1:8080-d4e5f6", "web-1:8081-0a0b0c",
            "web-10:8080-111111", "web-2:8080-222222");

    @Test
    void onASharedDatabaseAnEarlierStartIsOneOfTheSameHostAndPort() {
        assertThat(InstanceHeartbeat.earlierStarts(NAMES, "web-1:8080-d4e5f6", false))
                .as("killed and started again on its port: a new suffix; another port or host is another instance")
                .containsExactly("web-1:8080-a1b2c3");
    }

    @Test
    void onTheEmbeddedDatabaseEveryOtherRowIsAnEarlierStart() {
        assertThat(InstanceHeartbeat.earlierStarts(NAMES, "web-1:8080-d4e5f6", true))
                .containsExactly("web-1:8080-a1b2c3", "web-1:8081-0a0b0c", "web-10:8080-111111", "web-2:8080-222222");
    }
}
