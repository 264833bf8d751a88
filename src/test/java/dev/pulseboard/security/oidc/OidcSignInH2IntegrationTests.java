package dev.pulseboard.security.oidc;

import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class OidcSignInH2IntegrationTests extends OidcSignInCases {
}
