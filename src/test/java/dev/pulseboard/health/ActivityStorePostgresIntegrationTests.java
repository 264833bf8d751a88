package dev.pulseboard.health;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class ActivityStorePostgresIntegrationTests extends ActivityStoreCases {
}
