package dev.pulseboard.health;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class BodyStoreH2IntegrationTests extends BodyStoreCases {
}
