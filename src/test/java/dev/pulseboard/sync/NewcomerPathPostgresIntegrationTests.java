package dev.pulseboard.sync;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class NewcomerPathPostgresIntegrationTests extends NewcomerPathCases {
}
