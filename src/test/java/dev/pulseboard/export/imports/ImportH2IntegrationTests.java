package dev.pulseboard.export.imports;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class ImportH2IntegrationTests extends ImportCases {
}
