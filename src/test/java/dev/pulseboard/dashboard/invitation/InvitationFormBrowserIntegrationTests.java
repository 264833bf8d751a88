package dev.pulseboard.dashboard.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.dashboard.Pages;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * {@code /invitations/{token}} in Chromium: a refused acceptance keeps the name and e-mail typed, puts each message
 * next to its field, marks the field invalid, describes it with the message and gives it the focus.
 */
@PulseboardTest
class InvitationFormBrowserIntegrationTests {

    static final By SUBMIT = By.cssSelector("#accept-invitation button[type=submit]");

    @Value("${server.port}")
    int port;

    @Autowired
    Invitations invitations;

    @Autowired
    UserRepository users;

    @Test
    void aMistypedPasswordIsToldAtThePasswordFieldAndKeepsNameAndEmail() {
        String email = "typo-" + System.nanoTime() + "@example.org";
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            driver.get(link("Typo"));
            assertThat(driver.findElement(By.id("password")).getAccessibleName()).isEqualTo("Password");
            driver.findElement(By.id("name")).clear();
            driver.findElement(By.id("name")).sendKeys("Tess Typo");
            driver.findElement(By.id("email")).sendKeys(email);
            driver.findElement(By.id("password")).sendKeys("a password 123");
            driver.findElement(By.id("confirm")).sendKeys("a pasword 123");
            Pages.submit(browser, SUBMIT);
            browser.screenshot("invitation-mistyped");

            Pages.assertPasswordsMismatched(browser, "Password");
            var name = Pages.field(browser, "name");
            assertThat(name.value()).isEqualTo("Tess Typo");
            assertThat(name.invalid()).isNull();
            var typed = Pages.field(browser, "email");
            assertThat(typed.value()).isEqualTo(email);
            assertThat(typed.invalid()).isNull();
            assertThat(typed.description()).isEmpty();
            assertThat(driver.getPageSource()).doesNotContain("a password 123").doesNotContain("a pasword 123");
        }
        assertThat(users.findByEmail(email)).as("no login made").isEmpty();
    }

    @Test
    void anEmailAddressAlreadyUsedIsToldAtTheEmailFieldWithTheOtherMistakes() {
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            driver.get(link("Twin"));
            driver.findElement(By.id("email")).sendKeys(Household.EMAIL);
            driver.findElement(By.id("password")).sendKeys("a password 123");
            driver.findElement(By.id("confirm")).sendKeys("a pasword 123");
            Pages.submit(browser, SUBMIT);

            // Both mistakes at once: the address taken, and the passwords typed differently.
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("not the same");
            var email = Pages.field(browser, "email");
            assertThat(email.name()).isEqualTo("E-mail");
            assertThat(email.invalid()).isEqualTo("true");
            assertThat(email.description()).containsExactly("There is already a login with this e-mail address.");
            assertThat(email.focused()).isTrue();
            assertThat(email.value()).isEqualTo(Household.EMAIL);
            assertThat(Pages.field(browser, "name").value()).as("the member's name given by the invitation")
                    .startsWith("Twin ");
            assertThat(driver.findElement(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#email");
        }
    }

    /** A new invitation for a new member with this name; returns its page's address. */
    private String link(String memberName) {
        Household.token(new Api(port));
        CurrentUser admin = users.findByEmail(Household.EMAIL).orElseThrow();
        var created = invitations.create(admin, null, memberName + " " + System.nanoTime() % 100000,
                CurrentUser.Role.MEMBER, null);
        return "http://localhost:" + port + "/invitations/" + created.token();
    }
}
