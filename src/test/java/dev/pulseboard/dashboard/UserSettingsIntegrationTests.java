package dev.pulseboard.dashboard;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class UserSettingsIntegrationTests extends UserSettingsCases {
}
