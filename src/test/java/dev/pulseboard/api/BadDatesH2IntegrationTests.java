package dev.pulseboard.api;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class BadDatesH2IntegrationTests extends BadDatesCases {
}
