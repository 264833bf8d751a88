package dev.pulseboard.security.oidc;

import dev.pulseboard.support.PulseboardPostgresTest;

@PulseboardPostgresTest
class OidcSignInPostgresIntegrationTests extends OidcSignInCases {
}
