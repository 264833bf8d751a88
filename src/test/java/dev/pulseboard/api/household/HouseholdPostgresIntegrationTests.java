package dev.pulseboard.api.household;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class HouseholdPostgresIntegrationTests extends HouseholdCases {
}
