package dev.pulseboard.dashboard.settings;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class UserSettingsPostgresIntegrationTests extends UserSettingsCases {
}
