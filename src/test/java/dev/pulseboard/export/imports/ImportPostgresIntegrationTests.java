package dev.pulseboard.export.imports;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class ImportPostgresIntegrationTests extends ImportCases {
}
