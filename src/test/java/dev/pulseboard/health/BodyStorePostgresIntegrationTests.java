package dev.pulseboard.health;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class BodyStorePostgresIntegrationTests extends BodyStoreCases {
}
