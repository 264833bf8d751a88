package dev.pulseboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.dashboard.Pages;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * {@code /login} in Chromium: a refused sign-in keeps the e-mail address typed (never the password), ties the
 * message to both fields, which it marks invalid, and gives the password field the focus (the e-mail is there).
 */
@PulseboardTest
class SignInFormBrowserIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void aWrongPasswordKeepsTheEmailAndTiesTheMessageToTheFields() {
        Household.setUp(new Api(port));
        // An address with no login: the failure counts against no account other tests sign in with.
        String email = "nobody-" + System.nanoTime() + "@example.org";
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            driver.get("http://localhost:" + port + "/login");
            var fresh = Pages.field(browser, "username");
            assertThat(fresh.invalid()).isNull();
            assertThat(fresh.description()).isEmpty();
            driver.findElement(By.id("username")).sendKeys(email);
            driver.findElement(By.id("password")).sendKeys("not the password");
            driver.findElement(By.cssSelector("#password-form button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/login?error"));
            browser.screenshot("sign-in-refused");
            assertThat(driver.getTitle()).as("said first as the page loads").isEqualTo("Error: Sign in · Pulseboard");

            var username = Pages.field(browser, "username");
            assertThat(username.name()).isEqualTo("E-mail");
            assertThat(username.invalid()).isEqualTo("true");
            assertThat(username.description()).containsExactly("Wrong e-mail or password.");
            assertThat(username.focused()).isFalse();
            assertThat(username.value()).isEqualTo(email);
            var password = Pages.field(browser, "password");
            assertThat(password.name()).isEqualTo("Password");
            assertThat(password.invalid()).isEqualTo("true");
            assertThat(password.description()).containsExactly("Wrong e-mail or password.");
            assertThat(password.value()).isEmpty();
            assertThat(password.focused()).as("the address is kept: retyping starts at the password").isTrue();
            assertThat(driver.getPageSource()).doesNotContain("not the password");

            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("username")).getAttribute("value"))
                    .as("the address is shown once, on the page that says the sign-in was refused").isEmpty();
        }
    }

    /**
     * A form sent after its session ended (here: the session cookie gone, as after the timeout) is not "Not allowed"
     * for a login that may do it: the sign-in page says the session ended and that nothing was saved.
     */
    @Test
    void aFormSentAfterTheSessionEndedLeadsToTheSignInSayingSo() {
        String base = "http://localhost:" + port;
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            Pages.signInOrSetUp(browser, base);
            driver.get(base + "/settings");
            driver.manage().deleteAllCookies();
            driver.findElement(By.cssSelector("#main form.settings-form button[type=submit]")).click();

            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/login?ended"));
            assertThat(driver.findElement(By.id("session-ended")).getText()).contains("session ended")
                    .contains("not saved");
            assertThat(driver.findElements(By.id("password"))).as("a sign-in form to go on with").hasSize(1);
        }
    }
}
