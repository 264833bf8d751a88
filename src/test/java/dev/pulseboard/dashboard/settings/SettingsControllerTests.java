package dev.pulseboard.dashboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsControllerTests {

    @Test
    void goesBackOnlyToPathsOfThisServer() {
        assertThat(SettingsController.isLocalPath("/members/3/body?range=1y")).isTrue();
        assertThat(SettingsController.isLocalPath("//evil.example/")).isFalse();
        assertThat(SettingsController.isLocalPath("https://evil.example/")).isFalse();
        assertThat(SettingsController.isLocalPath("/\\evil.example")).isFalse();
        assertThat(SettingsController.isLocalPath("/x\r\nSet-Cookie: a=b")).isFalse();
    }
}
