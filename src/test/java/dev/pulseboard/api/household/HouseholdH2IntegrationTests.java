package dev.pulseboard.api.household;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class HouseholdH2IntegrationTests extends HouseholdCases {
}
