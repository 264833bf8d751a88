package dev.pulseboard.sync;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class NewcomerPathH2IntegrationTests extends NewcomerPathCases {
}
