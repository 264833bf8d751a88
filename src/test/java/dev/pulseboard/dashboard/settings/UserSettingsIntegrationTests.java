package dev.pulseboard.dashboard.settings;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class UserSettingsIntegrationTests extends UserSettingsCases {
}
