package dev.pulseboard.export;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class LocalDaysPostgresIntegrationTests extends LocalDaysCases {
}
