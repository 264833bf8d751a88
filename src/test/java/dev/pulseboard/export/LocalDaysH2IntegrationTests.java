package dev.pulseboard.export;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class LocalDaysH2IntegrationTests extends LocalDaysCases {
}
