package dev.pulseboard.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.OidcProvider;
import dev.pulseboard.support.OidcProvider.Person;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;

/**
 * The identity provider is down when Pulseboard starts, with password sign-in off and auto-redirect on: the server
 * starts and serves, the sign-in page says the provider could not be reached (no redirect loop, no stack trace), the
 * password form stays refused; once the provider is up, the next sign-in discovers it and works.
 */
@PulseboardTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcProviderDownIntegrationTests {

    static final OidcProvider PROVIDER = OidcProvider.stopped();

    @Value("${server.port}")
    int port;

    @Autowired
    Invitations invitations;

    @Autowired
    UserRepository users;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.settings("pulseboard.password-login", "false", "pulseboard.oidc.auto-redirect", "true")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @Test
    @Order(1)
    void startsAndServesWhileTheProviderIsDown() {
        Api api = new Api(port);
        Household.setUp(api);
        var basic = api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD, "{\"name\":\"cli\"}");
        assertThat(basic.status()).as("no token for a password while password sign-in is off").isEqualTo(403);
        assertThat(basic.contentType()).startsWith("application/problem+json");
        assertThat(basic.body()).contains("/account/tokens").doesNotContain(Household.PASSWORD);
        var health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        var session = PageSession.anonymous(port);
        var page = session.get("/login");
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("could not be reached").contains("pulseboard.force-password-login=true")
                .doesNotContain("id=\"password-form\"").doesNotContain("Exception");

        var started = session.get("/oauth2/authorization/oidc");
        assertThat(started.uri().getQuery()).isEqualTo("refused=unreachable");
        assertThat(started.body()).contains("The identity provider could not be reached");
    }

    @Test
    @Order(3)
    void refusesThePasswordFormWhenPasswordSignInIsOff() {
        var created = invitations.create(admin(), null, "Form " + System.nanoTime(), CurrentUser.Role.MEMBER, null);
        var session = PageSession.anonymous(port);
        var page = session.post("/invitations/" + created.token(), "/login",
                Map.of("username", Household.EMAIL, "password", Household.PASSWORD));
        assertThat(page.uri().getQuery()).isEqualTo("refused=password-off");
        assertThat(page.body()).contains("Password sign-in is turned off");
        assertThat(session.getOnce("/").statusCode()).isEqualTo(302);
        assertThat(session.get("/login?local").body()).doesNotContain("id=\"password-form\"");
    }

    @Test
    @Order(3)
    void anInvitationIsAcceptedOnlyWithTheProviderWhenPasswordSignInIsOff() {
        var created = invitations.create(admin(), null, "Pat " + System.nanoTime(), CurrentUser.Role.MEMBER, null);
        String email = "pat-" + System.nanoTime() + "@example.org";
        var session = PageSession.anonymous(port);
        var page = session.get("/invitations/" + created.token());
        assertThat(page.body()).contains("id=\"accept-with-provider\"").doesNotContain("id=\"accept-invitation\"");
        var posted = session.post("/invitations/" + created.token(), "/invitations/" + created.token(),
                Map.of("name", "Pat", "email", email, "password", "a password 123", "confirm", "a password 123"));
        assertThat(posted.uri().getPath()).isEqualTo("/invitations/" + created.token());
        assertThat(users.findByEmail(email)).as("no login made with a password").isEmpty();
        var api = new Api(port).post("/api/v1/invitations/" + created.token() + "/accept", null,
                "{\"name\":\"Pat\",\"email\":\"" + email + "\",\"password\":\"a password 123\"}");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body()).contains("accept with the provider").doesNotContain("a password 123");
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    @Order(4)
    void signsInOnceTheProviderIsUp() {
        PROVIDER.start();
        var session = PageSession.anonymous(port);
        Poll.until(Duration.ofSeconds(15), "the provider discovered", () -> session.getOnce("/login")
                .headers().firstValue("Location").filter(l -> l.contains("/oauth2/authorization/oidc")).isPresent());
        PROVIDER.next(Person.of("ada-down", Household.EMAIL, true).with("groups", List.of("family")));
        var landed = session.get("/login");
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(session.getOnce("/").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void theSignInPageSaysTheProviderCouldNotBeReachedInChromium() {
        try (Browser browser = Browser.start(1024, 768)) {
            var driver = browser.driver();
            driver.get("http://localhost:" + port + "/oauth2/authorization/oidc");
            Poll.until(Duration.ofSeconds(15), "the refusal",
                    () -> driver.getCurrentUrl().endsWith("refused=unreachable"));
            assertThat(driver.findElement(By.id("sign-in-refused")).getText())
                    .startsWith("The identity provider could not be reached");
            assertThat(driver.findElements(By.id("password-form"))).isEmpty();
            browser.screenshot("oidc-provider-down");
        }
    }

    private CurrentUser admin() {
        return users.findByEmail(Household.EMAIL).orElseThrow();
    }
}
