package dev.pulseboard.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Identities;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.OidcProvider;
import dev.pulseboard.support.OidcProvider.Person;
import dev.pulseboard.support.PulseboardTest;

/**
 * Sign-in with the household's identity provider end to end in Chromium, against a real OpenID provider: the button
 * on the sign-in page, the provider's redirect back, and what the person then sees. Settings: administrators' group
 * {@code admins}, no users' group, no auto-register. (The provider down at start and password sign-in off and forced
 * back on are in {@link OidcProviderDownIntegrationTests} and {@link PasswordSignInForcedIntegrationTests}.)
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInBrowserIntegrationTests {

    static final OidcProvider PROVIDER = OidcProvider.shared();
    static final String PASSWORD = "oidc browser pw 1";

    @Value("${server.port}")
    int port;

    @Autowired
    Invitations invitations;

    @Autowired
    UserRepository users;

    @Autowired
    Identities identities;

    Browser browser;
    WebDriver driver;
    String tag;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.settings("pulseboard.oidc.admin-group", "admins").forEach((name, value) -> registry.add(name,
                () -> value));
    }

    @BeforeAll
    void chromium() {
        Household.token(new Api(port));
        browser = Browser.start(1280, 900);
        driver = browser.driver();
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshSession() {
        driver.get("http://localhost:" + port + "/login");
        driver.manage().deleteAllCookies();
        tag = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void someoneWithoutALoginIsRefusedWithAReason() {
        PROVIDER.next(Person.of("new-" + tag, "new-" + tag + "@example.org", true));
        signInWithTheProvider();
        waitForUrlEnding("/login?refused=not-invited");
        assertThat(driver.findElement(By.id("sign-in-refused")).getText())
                .startsWith("There is no Pulseboard login for your account at the identity provider.");
        browser.screenshot("oidc-refused-not-invited");
        assertThat(users.findByEmail("new-" + tag + "@example.org")).isEmpty();
    }

    @Test
    void anInviteeAcceptsWithTheProviderAndLandsOnTheirPage() {
        var created = invitations.create(admin(), null, "Robin " + tag, CurrentUser.Role.MEMBER, null);
        PROVIDER.next(Person.of("robin-" + tag, "robin-" + tag + "@example.org", true));
        driver.get("http://localhost:" + port + "/invitations/" + created.token());
        driver.findElement(By.cssSelector("#accept-with-provider button")).click();
        CurrentUser robin = waitForUser("robin-" + tag + "@example.org");
        waitForUrlEnding("/members/" + robin.memberId().value() + "?welcome");
        assertThat(robin.getPassword()).isNull();
        assertThat(driver.findElement(By.tagName("header")).getText()).contains("Person robin-" + tag);
    }

    @Test
    void theAdministratorGroupCountsWhenOnlyUserInfoSendsIt() {
        CurrentUser lee = passwordLogin("lee");
        PROVIDER.next(Person.of("lee-" + tag, lee.email(), true).withUserInfo("groups", List.of("admins")));
        signInWithTheProvider();
        waitForUrlEnding(":" + port + "/");
        assertThat(users.findById(lee.userId()).orElseThrow().role()).isEqualTo(CurrentUser.Role.ADMIN);
        assertThat(driver.findElements(By.linkText("People"))).hasSize(1);
        browser.screenshot("oidc-admin-from-userinfo");
    }

    @Test
    void aMissingGroupsClaimSignsInWithoutAdministration() {
        CurrentUser max = passwordLogin("max");
        PROVIDER.next(Person.of("max-" + tag, max.email(), true));
        signInWithTheProvider();
        waitForUrlEnding(":" + port + "/");
        assertThat(users.findById(max.userId()).orElseThrow().role()).isEqualTo(CurrentUser.Role.MEMBER);
        assertThat(driver.findElements(By.linkText("People"))).isEmpty();
        assertThat(identities.find(PROVIDER.issuer(), "max-" + tag)).isPresent();
    }

    @Test
    void anUnverifiedEmailIsNotLinkedToTheExistingLogin() {
        CurrentUser kim = passwordLogin("kim");
        PROVIDER.next(Person.of("kim-" + tag, kim.email(), false));
        signInWithTheProvider();
        waitForUrlEnding("/login?refused=unverified-email");
        assertThat(driver.findElement(By.id("sign-in-refused")).getText()).contains("has not verified it");
        assertThat(driver.findElements(By.id("password-form"))).hasSize(1);
        assertThat(identities.find(PROVIDER.issuer(), "kim-" + tag)).isEmpty();
    }

    private void signInWithTheProvider() {
        driver.get("http://localhost:" + port + "/login");
        browser.screenshot("oidc-sign-in-page");
        driver.findElement(By.id("sign-in-with-provider")).click();
    }

    private void waitForUrlEnding(String end) {
        browser.waitUpTo(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith(end));
    }

    private CurrentUser waitForUser(String email) {
        browser.waitUpTo(Duration.ofSeconds(15)).until(d -> users.findByEmail(email).isPresent());
        return users.findByEmail(email).orElseThrow();
    }

    private CurrentUser passwordLogin(String name) {
        var created = invitations.create(admin(), null, name + " " + tag, CurrentUser.Role.MEMBER, null);
        return invitations.accept(created.token(), name + "-" + tag + "@example.org", PASSWORD, name + " " + tag);
    }

    private CurrentUser admin() {
        return users.findByEmail(Household.EMAIL).orElseThrow();
    }
}
