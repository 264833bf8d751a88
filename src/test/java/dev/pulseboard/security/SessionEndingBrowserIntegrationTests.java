package dev.pulseboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import dev.pulseboard.dashboard.Pages;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * A signed-in page warns before its session ends for lack of activity and keeps it with one press ("Stay signed
 * in"); pressed after the session ended, it says so and that a form from the page will not be saved. A context
 * whose sessions last 90 seconds: the warning comes 7.5 s after the page's last request (90 s less the minute the
 * last access may lag, less 22.5 s of warning).
 */
@PulseboardTest
@TestPropertySource(properties = { "pulseboard.test.context=short-sessions", "server.servlet.session.timeout=90s" })
@DirtiesContext
class SessionEndingBrowserIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void thePageWarnsBeforeTheSessionEndsAndStaySignedInKeepsIt() {
        String base = "http://localhost:" + port;
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            Pages.signInOrSetUp(browser, base);
            driver.get(base + "/settings");
            WebElement notice = driver.findElement(By.id("session-ending"));
            assertThat(notice.getAttribute("data-seconds")).isEqualTo("90");
            assertThat(notice.isDisplayed()).isFalse();

            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> notice.isDisplayed());
            browser.screenshot("session-ending");
            assertThat(notice.getAttribute("role")).isEqualTo("alert");
            assertThat(notice.getText()).contains("You will be signed out in about 23 seconds for lack of activity");
            WebElement stay = notice.findElement(By.tagName("button"));
            assertThat(stay.getText()).isEqualTo("Stay signed in");
            assertThat(driver.switchTo().activeElement()).as("the press is one key away").isEqualTo(stay);
            stay.click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !notice.isDisplayed());
            assertThat(Pages.severeConsoleErrors(driver)).isEmpty();

            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> notice.isDisplayed());
            driver.manage().deleteAllCookies();
            notice.findElement(By.tagName("button")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> notice.getText().contains("You have been signed out"));
            assertThat(notice.getText()).contains("a form sent from this page will not be saved");
            assertThat(notice.findElement(By.linkText("sign in again")).getAttribute("href")).endsWith("/login");
        }
    }

    @Test
    void theSessionQuestionIsAnsweredWithoutASignInPage() {
        assertThat(PageSession.signIn(port).get(SessionKeepAlive.PATH).statusCode()).isEqualTo(204);
        var anonymous = PageSession.anonymous(port).getOnce(SessionKeepAlive.PATH);
        assertThat(anonymous.statusCode()).as("not a redirect to the sign-in page").isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("no-store"));
    }
}
