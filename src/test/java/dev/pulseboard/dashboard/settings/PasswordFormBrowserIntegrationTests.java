package dev.pulseboard.dashboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.dashboard.Pages;
import dev.pulseboard.support.Actor;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * {@code /account/password} in Chromium: a refused change puts its message next to the field it is about, marks
 * that field invalid, describes it with the message and gives it the focus; the hint is a description, not part of
 * the field's name; no password is written back into the page.
 */
@PulseboardTest
class PasswordFormBrowserIntegrationTests {

    static final By SUBMIT = By.cssSelector("#password-form button[type=submit]");

    @Value("${server.port}")
    int port;

    @Test
    void aMistypedNewPasswordIsToldAtTheNewPasswordFieldWhichHasTheFocus() {
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            Pages.signInOrSetUp(browser, "http://localhost:" + port);
            driver.get("http://localhost:" + port + "/account/password");
            assertThat(Pages.focusedId(driver)).as("nothing to say yet: no field takes the focus").isEmpty();
            assertThat(driver.findElement(By.id("password")).getAccessibleName()).isEqualTo("New password");
            assertThat(driver.findElement(By.id("password")).getAttribute("aria-describedby")).isEqualTo("password-hint");
            assertThat(driver.findElement(By.id("password")).getAttribute("aria-invalid")).isNull();

            driver.findElement(By.id("current")).sendKeys(Household.PASSWORD);
            driver.findElement(By.id("password")).sendKeys("a new password 9");
            driver.findElement(By.id("confirm")).sendKeys("a new pasword 9");
            driver.findElement(By.name("keepTokens")).click();
            Pages.submit(browser, SUBMIT);
            browser.screenshot("password-mistyped");

            Pages.assertPasswordsMismatched(browser, "New password");
            assertThat(Pages.field(browser, "current").invalid()).isNull();
            assertThat(driver.getPageSource()).doesNotContain("a new pas");
            assertThat(driver.findElement(By.name("keepTokens")).isSelected()).isTrue();
            assertThat(driver.findElement(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#password");
            assertThat(driver.findElement(By.id("error-summary")).getAttribute("role")).isEqualTo("alert");
        }
    }

    @Test
    void aWrongCurrentPasswordIsToldAtTheCurrentPasswordField() {
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            submit(browser, "not it at all", "whatever 12345", "whatever 12345");

            var current = Pages.field(browser, "current");
            assertThat(current.name()).isEqualTo("Current password");
            assertThat(current.invalid()).isEqualTo("true");
            assertThat(current.description()).containsExactly("The current password is not right.");
            assertThat(current.focused()).isTrue();
            assertThat(current.value()).isEmpty();
            var password = Pages.field(browser, "password");
            assertThat(password.invalid()).isNull();
            assertThat(password.description()).containsExactly("At least 8 characters.");
            assertThat(driver.findElement(By.id("error-summary")).getText()).isEqualTo("The current password is not right.");
        }
        assertThat(Actor.signedIn("unchanged", port, Household.EMAIL, Household.PASSWORD, null).page("GET", "/")
                .statusCode()).as("the password is unchanged").isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordAndAMistypedNewOneAreToldTogether() {
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            submit(browser, "not it at all", "a new password 9", "a new pasword 9");

            var current = Pages.field(browser, "current");
            assertThat(current.invalid()).isEqualTo("true");
            assertThat(current.focused()).as("the first mistake, in the form's order").isTrue();
            assertThat(driver.findElement(By.id("error-summary")).getText())
                    .contains("The current password is not right.", "not the same");
        }
    }

    /** Signs in, opens "Your password" and sends it with these three fields typed. */
    private void submit(Browser browser, String current, String password, String confirm) {
        WebDriver driver = browser.driver();
        Pages.signInOrSetUp(browser, "http://localhost:" + port);
        driver.get("http://localhost:" + port + "/account/password");
        driver.findElement(By.id("current")).sendKeys(current);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("confirm")).sendKeys(confirm);
        Pages.submit(browser, SUBMIT);
    }
}
