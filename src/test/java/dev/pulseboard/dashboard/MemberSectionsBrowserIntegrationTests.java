package dev.pulseboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * Each section of a member's page in Chromium, on the emulator's full-kit persona (alex): the charts draw the
 * readings of the range (downsampled beyond {@link Charts#MAX_POINTS}), without script errors. Screenshots go to
 * {@code target/screenshots/}.
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberSectionsBrowserIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    Browser browser;
    WebDriver driver;
    String base;
    long alex;

    @BeforeAll
    void connectAlexAndSignIn() {
        Api api = new Api(port);
        alex = Pages.connectedMember(api, Household.token(api), "Alex", "alex", "10000001");
        base = "http://localhost:" + port;
        browser = Browser.start(1280, 1000);
        driver = browser.driver();
        Pages.signInOrSetUp(browser, base);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void landingPageCountsEveryWeighInOfTheWholeHistoryAndDrawsAtMostOnePointPerPixel() {
        open("?range=all");
        int weighIns = emulator.weighInCount("alex");
        assertThat(driver.findElement(By.id("weight-count")).getText()).isEqualTo(String.valueOf(weighIns));
        assertThat(Pages.points(driver, "body-chart", 0)).isEqualTo(Math.min(weighIns, Charts.MAX_POINTS));
        assertThat(driver.findElement(By.cssSelector(".ranges a.active")).getText()).isEqualTo("All");
        Pages.screenshotWholePage(browser, "10-member-landing-all");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void overviewCardShowsTheLatestWeightAndItsChangeOverThirtyDays() {
        driver.get(base + "/");
        var card = driver.findElement(By.cssSelector(".member-card[data-member-id='" + alex + "']"));
        var weighIns = emulator.readings("alex", 1, 1);
        var latest = weighIns.get(weighIns.size() - 1);
        var baseline = weighIns.stream().filter(r -> !r.time().isAfter(latest.time().minus(Duration.ofDays(30))))
                .reduce((a, b) -> b).orElseThrow();
        double change = latest.value().subtract(baseline.value()).doubleValue();
        assertThat(card.findElement(By.cssSelector(".metric.weight .value")).getText())
                .isEqualTo(String.format(java.util.Locale.US, "%.1f", latest.value().doubleValue()));
        assertThat(card.findElement(By.cssSelector(".metric.weight .change")).getText())
                .isEqualTo(new SettingsView(WeightUnit.KG, ZoneId.systemDefault(), java.util.Locale.US)
                        .massChange(change) + " in 30 days");
        assertThat(card.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Connected");
        Pages.screenshotWholePage(browser, "16-overview-desktop");
    }

    @Test
    void bodySectionDrawsTheWeighInsOfTheYearWithTheirAverageFatAndComposition() {
        open("/body?range=1y");
        long expected = inLastDays(1, 365);
        assertThat(expected).isPositive();
        assertThat(driver.findElement(By.id("weight-count")).getText()).isEqualTo(String.valueOf(expected));
        assertThat(Pages.points(driver, "body-chart", 0)).isEqualTo((int) Math.min(expected, Charts.MAX_POINTS));
        assertThat(Pages.points(driver, "body-chart", 1)).as("one average per day with a weigh-in")
                .isPositive().isLessThanOrEqualTo((int) expected);
        assertThat(Pages.points(driver, "fat-chart", 0)).isEqualTo((int) inLastDays(6, 365));
        assertThat(driver.findElements(By.cssSelector("#composition-chart[data-ready=true]"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".tile.bmi")).getText()).contains("kg/m²").contains("WHO");
        assertThat(driver.findElements(By.cssSelector("details.reading-table tbody tr"))).hasSize(14)
                .allMatch(r -> r.getAttribute("textContent").contains("kg"));
        Pages.screenshotWholePage(browser, "11-body-1y");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void heartSectionDrawsPulseAndNamesTheGuidelineOfItsCategories() {
        open("/heart?range=90d");
        assertThat(driver.findElement(By.cssSelector("details.guideline summary")).getText()).contains("ESH 2023");
        long pulse = inLastDays(11, 90);
        if (pulse > 0) {
            assertThat(Pages.points(driver, "pulse-chart", 0)).isEqualTo((int) Math.min(pulse, Charts.MAX_POINTS));
        }
        long bp = inLastDays(10, 90);
        if (bp == 0) {
            assertThat(driver.findElement(By.id("bp-empty")).getText()).contains("blood-pressure monitor");
        } else {
            assertThat(Pages.points(driver, "bp-chart", 0)).isEqualTo((int) Math.min(bp, Charts.MAX_POINTS));
            assertThat(driver.findElement(By.cssSelector("#latest-bp .bp-badge")).getText()).isNotBlank();
        }
        Pages.screenshotWholePage(browser, "12-heart-90d");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void sleepActivityEcgAndDevicesShowWhatTheSyncStored() {
        open("/sleep?range=30d");
        assertThat(Pages.points(driver, "sleep-chart", 0)).isBetween(25, 31);
        assertThat(driver.findElements(By.cssSelector("table.nights tbody tr"))).hasSizeBetween(10, 14);
        browser.screenshot("13-sleep-30d");
        open("/activity?range=30d");
        assertThat(Pages.points(driver, "steps-chart", 0)).isBetween(29, 31);
        assertThat(driver.findElements(By.cssSelector("table.days tbody tr"))).hasSize(14);
        open("/ecg?range=all");
        assertThat(driver.findElements(By.cssSelector("table.ecgs tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("table.ecgs caption")).getText()).contains("not a diagnosis");
        open("/devices");
        assertThat(driver.findElements(By.cssSelector("table.devices tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.cssSelector(".tabs a.active")).getAttribute("aria-current"))
                .isEqualTo("page");
        browser.screenshot("14-devices");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void showsTheDefaultRangeWithAMessageForABadRange() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        String[][] cases = { { "?range=custom&from=" + today.plusDays(10) + "&to=" + today.plusDays(20), "future" },
                { "?range=custom&from=2025-03-01&to=2025-02-01", "ends before it starts" },
                { "?range=custom&from=yesterday", "could not be read" }, { "?range=fortnight", "Unknown range" } };
        for (String[] c : cases) {
            open("/body" + c[0]);
            assertThat(driver.findElement(By.cssSelector(".range-bar .error")).getText()).contains(c[1]);
            assertThat(driver.findElement(By.cssSelector(".ranges a.active")).getText()).isEqualTo("90 d");
            assertThat(driver.findElements(By.cssSelector("#body-chart[data-ready=true]"))).hasSize(1);
        }
        browser.screenshot("14-bad-range");
    }

    @Test
    void customRangeShowsTheWeighInsOfThoseCalendarDays() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        LocalDate first = today.minusDays(200);
        LocalDate last = today.minusDays(140);
        open("/body?range=custom&from=" + first + "&to=" + last);
        ZoneId zone = ZoneId.systemDefault();
        long expected = emulator.readings("alex", 1, 1).stream()
                .filter(r -> !r.time().isBefore(first.atStartOfDay(zone).toInstant())
                        && r.time().isBefore(last.plusDays(1).atStartOfDay(zone).toInstant()))
                .count();
        assertThat(expected).isPositive();
        assertThat(driver.findElement(By.id("weight-count")).getText()).isEqualTo(String.valueOf(expected));
        assertThat(driver.findElement(By.cssSelector("details.custom-range")).getAttribute("open")).isNotNull();
        assertThat(driver.findElement(By.name("from")).getAttribute("value")).isEqualTo(first.toString());
        assertThat(driver.findElements(By.cssSelector(".ranges a.active"))).isEmpty();
        browser.screenshot("15-body-custom-range");
    }

    @Test
    void syncNowShowsProgressThenReloadsThePageWhenTheRunEnds() {
        open("");
        driver.findElement(By.id("sync-now")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("Sync requested."));
        String during = driver.findElement(By.id("sync-status")).getText();
        assertThat(during).matches("(Sync queued|Syncing|Last synced).*");
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> d.findElement(By.id("sync-status")).getText()
                .startsWith("Last synced") && d.findElements(By.cssSelector("#sync-status[hx-get]")).isEmpty());
        Pages.awaitCharts(browser);
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    private void open(String path) {
        driver.get(base + "/members/" + alex + path);
        Pages.awaitCharts(browser);
    }

    /** The persona's readings of a type in the last {@code days} calendar days, today included, as pages count. */
    private long inLastDays(int type, int days) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        Instant from = today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        return emulator.readings("alex", type, 1).stream()
                .filter(r -> !r.time().isBefore(from) && r.time().isBefore(to)).count();
    }
}
