package dev.pulseboard.dashboard;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class UserSettingsPostgresIntegrationTests extends UserSettingsCases {
}
