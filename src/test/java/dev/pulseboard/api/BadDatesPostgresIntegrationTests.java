package dev.pulseboard.api;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class BadDatesPostgresIntegrationTests extends BadDatesCases {
}
