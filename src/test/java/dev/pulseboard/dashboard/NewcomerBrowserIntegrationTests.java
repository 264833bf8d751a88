package dev.pulseboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.dashboard.chart.Charts;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * The newcomer's path in a real browser: set up (or sign in), add a member, Connect Withings, Allow on the
 * emulator's consent page, and see every weigh-in of the persona counted on the member's chart (drawn
 * downsampled to the chart's width when there are more).
 */
@PulseboardTest
class NewcomerBrowserIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    Browser browser;
    WebDriver driver;
    String base;

    @BeforeEach
    void start() {
        browser = Browser.start(1280, 900);
        driver = browser.driver();
        base = "http://localhost:" + port;
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.screenshot("zz-last-page");
            browser.close();
        }
    }

    @Test
    void connectsAMemberAndDrawsEveryWeighIn() {
        signInOrSetUp();
        browser.screenshot("01-overview-empty");
        String name = "Alex " + System.nanoTime() % 10000;
        driver.findElement(By.name("name")).sendKeys(name);
        driver.findElement(By.cssSelector(".add-card button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/members/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(driver.findElement(By.cssSelector(".demo-banner")).getText()).contains("emulated");
        assertThat(driver.findElement(By.cssSelector(".empty-state")).getText()).contains("connect Withings");

        Api api = new Api(port);
        Household.releaseWithingsUser(api, Household.token(api), "10000001");
        driver.findElement(By.id("connect-withings")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/oauth2_user/authorize2"));
        browser.screenshot("02-emulator-consent");
        driver.findElement(By.cssSelector("button[value=allow]")).click();

        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("?connected"));
        // The page fills itself in (no reload by hand): as soon as the weigh-ins are in, not when the sync ends.
        browser.waitUpTo(Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.cssSelector("#body-chart[data-ready=true]")).isEmpty());
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("sync-status")).getText().startsWith("Last synced")
                    && !d.findElements(By.cssSelector("#body-chart[data-ready=true]")).isEmpty();
        });
        driver.get(driver.getCurrentUrl().replaceAll("\\?.*", "") + "?range=all");
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#body-chart[data-ready=true]")).isEmpty());
        Number points = (Number) ((JavascriptExecutor) driver).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('body-chart')).getOption().series[0].data.length");
        int weighIns = emulator.weighInCount("alex");
        assertThat(weighIns).isGreaterThan(365);
        assertThat(driver.findElement(By.id("weight-count")).getText())
                .isEqualTo(NumberFormat.getIntegerInstance(Locale.US).format(weighIns));
        assertThat(points.intValue()).isEqualTo(Math.min(weighIns, Charts.MAX_POINTS));
        assertThat(driver.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Connected");
        browser.screenshot("03-member-weight-chart");
        assertThat(severeConsoleErrors()).isEmpty();

        String member = driver.getCurrentUrl().replaceAll(".*/members/(\\d+).*", "$1");
        driver.get(base + "/");
        // Its own card: the shared household holds other tests' members too, some with blood pressures alone.
        assertThat(driver.findElement(By.cssSelector(".member-card[data-member-id='" + member + "'] .metric.weight .value"))
                .getText()).matches("\\d+\\.\\d");
        browser.screenshot("04-overview-with-member");
    }

    @Test
    void explainsWhatToDoWhenTheConnectedAccountHasNoData() {
        signInOrSetUp();
        driver.findElement(By.name("name")).sendKeys(Household.named("Nina"));
        driver.findElement(By.cssSelector(".add-card button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/members/"));
        Api api = new Api(port);
        Household.releaseWithingsUser(api, Household.token(api), "10000003");
        driver.findElement(By.id("connect-withings")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/oauth2_user/authorize2"));
        driver.findElement(By.cssSelector("input[name=persona][value=nina]")).click();
        driver.findElement(By.cssSelector("button[value=allow]")).click();
        // The consent's redirects end on the member's page; a refresh before that would abort them.
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("?connected"));
        browser.waitUpTo(Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("sync-status")).getText().startsWith("Last synced");
        });
        assertThat(driver.findElement(By.cssSelector(".empty-state")).getText())
                .contains("no weigh-ins").contains("Withings app");
        assertThat(driver.findElements(By.id("body-chart"))).isEmpty();
        browser.screenshot("05-member-connected-no-data");
    }

    private void signInOrSetUp() {
        Pages.signInOrSetUp(browser, base);
    }

    private List<String> severeConsoleErrors() {
        return Pages.severeConsoleErrors(driver);
    }
}
