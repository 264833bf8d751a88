package dev.pulseboard.health;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class ActivityStoreH2IntegrationTests extends ActivityStoreCases {
}
