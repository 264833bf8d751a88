package dev.pulseboard.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.OidcProvider;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * Password sign-in off but forced back on (the break-glass setting), with auto-redirect: {@code /login} goes straight
 * to the provider, {@code /login?local} shows the password form, and the password signs in.
 */
@PulseboardTest
class PasswordSignInForcedIntegrationTests {

    static final OidcProvider PROVIDER = OidcProvider.shared();

    @Value("${server.port}")
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.settings("pulseboard.password-login", "false", "pulseboard.force-password-login", "true",
                "pulseboard.oidc.auto-redirect", "true").forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void autoRedirectGoesToTheProviderAndLoginLocalShowsTheForm() {
        Household.token(new Api(port));
        var session = PageSession.anonymous(port);
        var redirect = session.getOnce("/login");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/oidc");

        var local = session.get("/login?local");
        assertThat(local.uri().getPath()).isEqualTo("/login");
        assertThat(local.body()).contains("id=\"password-form\"").contains("id=\"sign-in-with-provider\"")
                .contains("Household ID");
    }

    @Test
    void thePasswordSignsInWhenForcedBackOn() {
        PageSession signedIn = PageSession.signIn(port);
        assertThat(signedIn.getOnce("/").statusCode()).isEqualTo(200);
    }

    @Test
    void chromiumSignsInWithThePasswordThroughLoginLocal() {
        Household.token(new Api(port));
        try (Browser browser = Browser.start(1024, 768)) {
            var driver = browser.driver();
            driver.get("http://localhost:" + port + "/login?local");
            assertThat(driver.findElement(By.id("sign-in-with-provider")).getText())
                    .isEqualTo("Sign in with Household ID");
            driver.findElement(By.name("username")).sendKeys(Household.EMAIL);
            driver.findElement(By.name("password")).sendKeys(Household.PASSWORD);
            driver.findElement(By.cssSelector("#password-form button")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
            assertThat(driver.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
        }
    }
}
