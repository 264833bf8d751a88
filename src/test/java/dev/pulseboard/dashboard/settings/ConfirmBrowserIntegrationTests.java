package dev.pulseboard.dashboard.settings;

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

/** A click that ends something at once (an API token) asks first; cancelling changes nothing. */
@PulseboardTest
class ConfirmBrowserIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void revokingATokenAsksFirstAndCancellingKeepsIt() {
        Api api = new Api(port);
        Household.setUp(api);
        String name = "confirm-" + System.nanoTime();
        var made = api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD, "{\"name\":\"" + name + "\"}");
        String token = made.json().get("token").asString();
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            Pages.signInOrSetUp(browser, "http://localhost:" + port);
            driver.get("http://localhost:" + port + "/account/tokens");
            By revoke = By.xpath("//tr[td[normalize-space()='" + name + "']]//button[normalize-space()='Revoke']");

            driver.findElement(revoke).click();
            assertThat(driver.switchTo().alert().getText()).startsWith("Revoke this token?");
            driver.switchTo().alert().dismiss();
            assertThat(api.get("/api/v1/me", token).status()).as("cancelled: the token still works").isEqualTo(200);

            driver.findElement(revoke).click();
            driver.switchTo().alert().accept();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(revoke).isEmpty());
            assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        }
    }
}
