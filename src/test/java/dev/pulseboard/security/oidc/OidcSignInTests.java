package dev.pulseboard.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OidcSignInTests {

    @Test
    void aProvidersErrorPageReachesTheAuditLogAsItsWordsAlone() {
        String page = "<html><head><style>body { color: red }</style><title>Error</title></head>\n<body>"
                + "<h1>Invalid client</h1>\n<p>The   client is not allowed.</p></body></html>";
        assertThat(OidcSignIn.plain(page)).isEqualTo("Error Invalid client The client is not allowed.");
        assertThat(OidcSignIn.plain("x".repeat(500))).hasSize(200).endsWith("\u2026");
    }
}
