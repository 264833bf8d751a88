package dev.pulseboard.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

class RefusalTests {

    @Test
    void namesEachFaultOfTheProvidersAnswer() {
        assertThat(Refusal.of(oauth("authorization_request_not_found", null))).isEqualTo(Refusal.STATE);
        assertThat(Refusal.of(oauth("invalid_nonce", null))).isEqualTo(Refusal.NONCE);
        assertThat(Refusal.of(oauth("access_denied", "The user said no"))).isEqualTo(Refusal.DENIED);
        assertThat(Refusal.of(oauth("invalid_id_token",
                "An error occurred while attempting to decode the Jwt: The ID Token contains invalid claims: "
                        + "{aud=[another-app]}"))).isEqualTo(Refusal.AUDIENCE);
        assertThat(Refusal.of(oauth("invalid_id_token", "... invalid claims: {iss=http://elsewhere}")))
                .isEqualTo(Refusal.ISSUER);
        assertThat(Refusal.of(oauth("invalid_id_token", "... Jwt expired at 2026-12-02T10:00:00Z")))
                .isEqualTo(Refusal.EXPIRED);
        assertThat(Refusal.of(oauth("invalid_id_token", "Signed JWT rejected"))).isEqualTo(Refusal.TOKEN);
        assertThat(Refusal.of(oauth("invalid_token_response", null))).isEqualTo(Refusal.FAILED);
    }

    @Test
    void aProviderThatCouldNotBeReachedIsSaidSo() {
        assertThat(Refusal.of(oauth("client_registration_not_found", null))).isEqualTo(Refusal.UNREACHABLE);
        assertThat(Refusal.of(new InternalAuthenticationServiceException("I/O error",
                new IOException("Connection refused")))).isEqualTo(Refusal.UNREACHABLE);
    }

    @Test
    void readsTheCodeOfTheSignInPageAndIgnoresAnyOther() {
        assertThat(Refusal.of("unverified-email")).contains(Refusal.UNVERIFIED_EMAIL);
        assertThat(Refusal.of("<script>")).isEmpty();
        assertThat(Refusal.of((String) null)).isEmpty();
    }

    private static OAuth2AuthenticationException oauth(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
