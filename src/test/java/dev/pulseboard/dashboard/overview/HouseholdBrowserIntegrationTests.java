package dev.pulseboard.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.Pages;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * The household on a 375 px phone: the no-data persona's empty states, a hostile member name, an unknown
 * member, the unit setting (a refused time zone told in the Units menu), the tab bar by keyboard, and the
 * administrator's pages without sideways scrolling.
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdBrowserIntegrationTests {

    static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\"><b>Eve</b> & \"Co\"";

    @Value("${server.port}")
    int port;

    Browser browser;
    WebDriver driver;
    String base;
    long nina;
    long eve;
    long alex;
    long bea;

    @Autowired
    Measurements measurements;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void setUpHousehold() {
        Api api = new Api(port);
        String token = Household.token(api);
        nina = Pages.connectedMember(api, token, "Nina", "nina", "10000003");
        alex = Pages.connectedMember(api, token, "Alex (phone)", "alex", "10000001");
        var created = api.post("/api/v1/members", token,
                JsonMapper.builder().build().writeValueAsString(Map.of("name", HOSTILE)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        eve = created.json().get("id").asLong();
        bea = Household.addMember(api, token, "Bea");
        storeBloodPressures(MemberId.of(bea));
        base = "http://localhost:" + port;
        browser = Browser.start(375, 812);
        driver = browser.driver();
        Pages.emulatePhone(browser);
        Pages.signInOrSetUp(browser, base);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noDataPersonaShowsAnEmptyStateInEverySection() {
        driver.get(base + "/members/" + nina);
        assertThat(driver.findElement(By.cssSelector(".empty-state")).getText()).contains("no weigh-ins")
                .contains("Withings app");
        assertThat(driver.findElement(By.id("sync-status")).getText()).startsWith("Last synced");
        assertThat(driver.findElements(By.cssSelector(".chart"))).isEmpty();
        browser.screenshot("20-phone-nina-landing");
        driver.get(base + "/members/" + nina + "/body?range=all");
        assertThat(driver.findElement(By.cssSelector(".empty-state")).getText()).contains("no weigh-ins");
        driver.get(base + "/members/" + nina + "/heart");
        assertThat(driver.findElement(By.id("bp-empty")).getText()).contains("No blood-pressure readings yet");
        assertThat(driver.findElements(By.cssSelector(".chart"))).isEmpty();
        browser.screenshot("21-phone-nina-heart");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    @Test
    void escapesHtmlInAMembersNameOnEveryPage() {
        for (String path : new String[] { "/", "/members/" + eve, "/members/" + eve + "/body",
                "/members/" + eve + "/heart", "/members/" + eve + "/sleep" }) {
            driver.get(base + path);
            if (!path.equals("/")) {
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE);
                assertThat(driver.getTitle()).as("a section's title names the section first, then the member")
                        .isEqualTo((path.equals("/members/" + eve) ? "" : sectionTitle(path) + " · ") + HOSTILE + " · Pulseboard");
            } else {
                assertThat(driver.findElements(By.cssSelector(".member-card h2")))
                        .anyMatch(h -> h.getText().equals(HOSTILE));
            }
            assertThat(driver.findElements(By.cssSelector("img[src=x], h1 b, .member-card h2 b"))).isEmpty();
            assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined"))
                    .isEqualTo(true);
        }
        Pages.screenshotWholePhonePage(browser, "22-phone-overview");
        assertNoSidewaysScrolling("the overview");
    }

    @Test
    void theAdministratorsPagesFitAPhone() {
        Api api = new Api(port);
        String token = Household.token(api);
        assertThat(api.post("/api/v1/invitations", token, "{\"name\":\"Jo\",\"role\":\"MEMBER\"}").status())
                .isEqualTo(201);
        for (String path : List.of("/household", "/settings", "/audit", "/members/" + alex + "/sharing",
                "/members/" + alex + "/export", "/members/" + alex + "/sleep", "/members/" + alex + "/ecg",
                "/account/tokens")) {
            driver.get(base + path);
            assertThat(driver.findElements(By.cssSelector("main h1"))).as(path).isNotEmpty();
            Pages.screenshotWholePhonePage(browser, "23-phone" + path.replaceAll("[^a-z]+", "-"));
            assertNoSidewaysScrolling(path);
        }
        driver.get(base + "/household");
        var name = driver.findElement(By.id("name"));
        name.sendKeys("Jo");
        var member = new Select(driver.findElement(By.id("member")));
        member.selectByVisibleText("Bea");
        assertThat(name.isDisplayed()).as("a new member's name, for an existing member: not asked").isFalse();
        assertThat(name.isEnabled()).as("nor sent, to be refused with it").isFalse();
        member.selectByIndex(0);
        assertThat(name.isDisplayed()).as("a new member again").isTrue();
        assertThat(name.getDomProperty("value")).as("what was typed is still there").isEqualTo("Jo");
        name.clear();
        Pages.submit(browser, By.cssSelector("#invite-form button[type=submit]"));
        assertThat(Pages.field(browser, "member").focused()).as("a refused invitation").isTrue();
        Pages.screenshotWholePhonePage(browser, "23-phone-household-refused");
        // A form sent with both (a page from before the script, or without it): both are shown with the refusal.
        new Select(driver.findElement(By.id("member"))).selectByVisibleText("Bea");
        ((JavascriptExecutor) driver).executeScript("var n = document.getElementById('name'); n.disabled = false;"
                + " n.value = 'Jo';");
        Pages.submit(browser, By.cssSelector("#invite-form button[type=submit]"));
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("not both");
        assertThat(driver.findElement(By.id("name")).isDisplayed()).as("the name the refusal is about, in sight")
                .isTrue();
        assertNoSidewaysScrolling("a refused invitation");
        driver.get(base + "/account/tokens");
        var tokens = (List<?>) ((JavascriptExecutor) driver).executeScript("var t = document.getElementById('tokens');"
                + " return [t.scrollWidth, t.parentElement.clientWidth];");
        assertThat(((Number) tokens.get(0)).intValue()).as("the tokens as cards: Revoke in sight, no scrolling box")
                .isLessThanOrEqualTo(((Number) tokens.get(1)).intValue());
        driver.get(base + "/members/" + eve + "/export");
        assertThat(driver.findElement(By.id("import-zone")).getDomProperty("value"))
                .as("a member without readings: the browser's zone is filled in").isNotBlank();
    }

    private void assertNoSidewaysScrolling(String page) {
        var widths = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return [window.innerWidth, document.documentElement.scrollWidth]");
        assertThat(((Number) widths.get(0)).intValue()).as("a phone-wide window").isBetween(375, 380);
        assertThat(widths.get(1)).as("no sideways scrolling on " + page).isEqualTo(widths.get(0));
    }

    @Test
    void memberOutsideTheHouseholdIsNotFound() {
        driver.get(base + "/members/987654321/body");
        assertThat(driver.findElement(By.cssSelector(".error")).getText()).contains("or they are not (or no longer) shared with you");
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[0]; fetch('/members/987654321').then(function (r) { done(r.status); });");
        assertThat(((Number) status).intValue()).isEqualTo(404);
        assertThat(Pages.severeConsoleErrors(driver)).as("only the expected 404s").allMatch(e -> e.contains("404"));
    }

    @Test
    void showsBodyMassInTheUnitTheViewerChooses() {
        driver.get(base + "/members/" + alex + "/body");
        chooseUnit("LB");
        Pages.awaitCharts(browser);
        assertThat(driver.getCurrentUrl()).endsWith("/members/" + alex + "/body");
        assertThat(driver.findElement(By.cssSelector(".tile .tile-value")).getText()).matches("\\d{3}\\.\\d lb");
        browser.screenshot("23-phone-body-pounds");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
        chooseUnit("ST");
        Pages.awaitCharts(browser);
        assertThat(driver.findElement(By.cssSelector(".tile .tile-value")).getText())
                .matches("\\d+ st \\d+\\.\\d lb");
        Object tick = ((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom(document"
                + ".getElementById('body-chart')).getOption().yAxis[0].axisLabel.formatter(12.5)");
        assertThat(tick).as("the axis in stones and pounds, as the figures are, not 12.5").isEqualTo("12 st 7 lb");
        // Ticks a whole number of pounds apart, evenly (decimal stones' round steps were 4 lb, then 5), and pounds
        // alone under a stone.
        @SuppressWarnings("unchecked")
        List<Object> axis = (List<Object>) ((JavascriptExecutor) driver).executeScript("var c = echarts"
                + ".getInstanceByDom(document.getElementById('body-chart')); var y = c.getModel().getComponent('yAxis')"
                + ".axis; return [y.scale.getTicks().map(function (t) { return t.value; }), c.getOption().yAxis[0]"
                + ".axisLabel.formatter(8 / 14)];");
        // ECharts may list the axis's end twice (sevenths are not exact in floating point): the same place, once.
        @SuppressWarnings("unchecked")
        List<Double> ticks = ((List<Number>) axis.get(0)).stream().map(t -> Math.rint(t.doubleValue() * 14 * 1e6)
                / 1e6).distinct().toList();
        assertThat(ticks).hasSizeGreaterThan(2);
        double step = ticks.get(1) - ticks.get(0);
        assertThat(step).as("pounds between ticks").isPositive().isCloseTo(Math.rint(step), within(1e-6));
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i) - ticks.get(i - 1)).isCloseTo(step, within(1e-6));
        }
        assertThat(axis.get(1)).isEqualTo("8 lb");
        chooseUnit("KG");
        assertThat(driver.findElement(By.cssSelector(".tile .tile-value")).getText()).endsWith(" kg");
    }

    @Test
    void aZoneThatIsNotOneIsToldInTheReopenedUnitsMenuAtTheZoneFieldWhichHasTheFocus() {
        driver.get(base + "/members/" + alex + "/body");
        driver.findElement(By.cssSelector("details.settings summary")).click();
        new Select(driver.findElement(By.id("header-unit"))).selectByValue("LB");
        driver.findElement(By.id("header-zone")).sendKeys("Mars/Olympus_Mons");
        Pages.submit(browser, By.cssSelector(".settings-form button[type=submit]"));
        browser.screenshot("24-phone-units-refused");

        assertThat(driver.getCurrentUrl()).endsWith("/members/" + alex + "/body");
        assertThat(driver.getTitle()).isEqualTo("Error: Body · Alex (phone) · Pulseboard");
        var zone = Pages.field(browser, "header-zone");
        assertThat(zone.name()).isEqualTo("Time zone");
        assertThat(zone.invalid()).isEqualTo("true");
        assertThat(zone.description()).hasSize(2).last()
                .isEqualTo("Empty: each member's dates in their own Withings time zone. Saved to your account.");
        assertThat(zone.description().get(0)).contains("is not a time zone").contains("Nothing was saved");
        assertThat(zone.focused()).isTrue();
        assertThat(zone.value()).isEqualTo("Mars/Olympus_Mons");
        assertThat(new Select(driver.findElement(By.id("header-unit"))).getFirstSelectedOption().getAttribute("value"))
                .as("the unit chosen is kept").isEqualTo("LB");
        assertThat(driver.findElement(By.id("header-error-summary")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#header-error-summary a")).getAttribute("href"))
                .endsWith("#header-zone");
        Pages.awaitCharts(browser);
        assertThat(driver.findElement(By.cssSelector(".tile .tile-value")).getText()).as("nothing saved").endsWith(" kg");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
    }

    private void chooseUnit(String unit) {
        var page = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector("details.settings summary")).click();
        Object inside = ((JavascriptExecutor) driver).executeScript("var r = document.querySelector("
                + "'details.settings .settings-form').getBoundingClientRect();"
                + "return r.left >= 0 && r.right <= document.documentElement.clientWidth;");
        assertThat(inside).as("the Units menu opens inside a phone's screen").isEqualTo(true);
        new Select(driver.findElement(By.name("unit"))).selectByValue(unit);
        driver.findElement(By.cssSelector(".settings-form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void tabBarWorksFromTheKeyboard() {
        driver.get(base + "/members/" + alex);
        var body = driver.findElement(By.tagName("body"));
        for (int i = 0; i < 40 && !"Heart".equals(activeText()); i++) {
            body.sendKeys(Keys.TAB);
            body = driver.switchTo().activeElement();
        }
        assertThat(activeText()).isEqualTo("Heart");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/heart"));
        assertThat(driver.findElement(By.cssSelector(".tabs a.active")).getText()).isEqualTo("Heart");
    }

    /** Left open over the page, the Units menu hid what the keyboard went on to (on a phone, the tabs). */
    @Test
    void theUnitsMenuClosesOnEscapeAndWhenTheKeyboardLeavesIt() {
        driver.get(base + "/members/" + alex);
        var summary = driver.findElement(By.cssSelector("details.settings summary"));
        summary.sendKeys(Keys.ENTER);
        var menu = driver.findElement(By.cssSelector("details.settings"));
        assertThat(menu.getAttribute("open")).isNotNull();
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(menu.getAttribute("open")).as("closed by Escape").isNull();
        assertThat(driver.switchTo().activeElement()).as("the focus back on Units").isEqualTo(summary);

        summary.sendKeys(Keys.ENTER);
        for (int i = 0; i < 12 && menu.getAttribute("open") != null; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(menu.getAttribute("open")).as("closed once the focus left it").isNull();

        summary.click();
        assertThat(menu.getAttribute("open")).isNotNull();
        driver.findElement(By.cssSelector(".site-header .who")).click();
        assertThat(menu.getAttribute("open")).as("closed by a press outside it").isNull();
        assertThat(driver.findElement(By.cssSelector("details.settings")).findElements(By.cssSelector(":focus")))
                .isEmpty();
    }

    /**
     * On a phone, a long span's axis labels a tick at least a week after the last one labelled: ticks four days apart
     * are labelled every other one, monthly ticks each (labelling every other tick left a 90-day chart one date).
     */
    @Test
    void aPhonesTimeAxisLabelsTicksAWeekApartAtLeastAndEveryMonthlyOne() {
        Pages.emulatePhone(browser);
        try {
            driver.get(base + "/members/" + bea + "/heart?range=90d");
            Pages.awaitCharts(browser);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) ((JavascriptExecutor) driver).executeScript("var f = echarts"
                    + ".getInstanceByDom(document.getElementById('bp-chart')).getOption().xAxis[0].axisLabel.formatter;"
                    + "return [f(Date.UTC(2026, 9, 1), 0), f(Date.UTC(2026, 10, 1), 1), f(Date.UTC(2026, 11, 1), 2),"
                    + " f(Date.UTC(2026, 10, 9), 0), f(Date.UTC(2026, 10, 13), 1), f(Date.UTC(2026, 10, 17), 2)];");
            assertThat(labels.subList(0, 3)).as("monthly ticks").allMatch(l -> !l.isEmpty());
            assertThat(labels.subList(3, 6)).as("ticks four days apart, a new drawing")
                    .extracting(String::isEmpty).containsExactly(false, true, false);
        } finally {
            Pages.desktop(browser);
        }
    }

    @Test
    void heartSectionAndCardCategoriseTheLastBloodPressureAndNameTheGuideline() {
        driver.get(base + "/members/" + bea + "/heart?range=30d");
        Pages.awaitCharts(browser);
        assertThat(driver.findElement(By.cssSelector("#latest-bp .tile-value")).getText()).isEqualTo("146/92 mmHg");
        assertThat(driver.findElement(By.cssSelector("#latest-bp .bp-badge")).getText())
                .isEqualTo("At or above 135/85");
        assertThat(Pages.points(driver, "bp-chart", 0)).isEqualTo(4);
        // The four readings span about two days: the axis ticks every few hours and must not say "Dec 1" each time.
        @SuppressWarnings("unchecked")
        List<String> ticks = (List<String>) ((JavascriptExecutor) driver).executeScript("var f = echarts"
                + ".getInstanceByDom(document.getElementById('bp-chart')).getOption().xAxis[0].axisLabel.formatter;"
                + "return [f(Date.UTC(2026, 11, 1)), f(Date.UTC(2026, 11, 1, 12)), f(Date.UTC(2026, 11, 1, 18))];");
        assertThat(ticks.get(0)).matches("(Dec 1|1 Dec)");
        assertThat(ticks.subList(1, 3)).allMatch(t -> t.matches("\\d\\d:00|\\d{1,2}:00\\s?[AP]M"), "a time of day");
        assertThat(driver.findElements(By.cssSelector(".bp-averages tbody tr")))
                .extracting(r -> r.getText().replaceAll("\\s+", " "))
                .as("the first day left out, as the doctor's report does").containsExactly(
                        "Morning (4:00–12:00) 1 128/82 –", "Evening (18:00–24:00) 1 146/92 –",
                        "Morning and evening 2 137/87 too few readings: for information");
        driver.findElement(By.cssSelector("details.reading-table summary")).click();
        var rows = driver.findElements(By.cssSelector("details.reading-table tbody tr"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).getText()).contains("146/92 mmHg").contains("At or above 135/85");
        assertThat(rows.get(3).getText()).contains("126/80 mmHg").contains("Below 135/85");
        Pages.screenshotWholePhonePage(browser, "24-phone-heart-with-bp");
        assertThat(Pages.severeConsoleErrors(driver)).isEmpty();
        driver.get(base + "/");
        var card = driver.findElement(By.cssSelector(".member-card[data-member-id='" + bea + "'] .metric.bp"));
        assertThat(card.getText()).contains("146/92").contains("At or above 135/85").contains("ESH 2023")
                .doesNotContain("Grade", "hypertension");
        // What "ESH 2023" means is a link away for a keyboard or a finger, not only a mouse's hover.
        card.findElement(By.cssSelector("a[href$='#bp-guideline']")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/members/" + bea + "/heart#bp-guideline");
        assertThat(driver.findElement(By.id("bp-guideline")).getAttribute("open")).isNotNull();
    }

    @Test
    void cardOfARevokedConnectionOffersReconnectWhichOpensWithingsConsent() {
        Api api = new Api(port);
        long sam = Pages.connectedMember(api, Household.token(api), Household.named("Sam"), "sam", "10000002");
        // What the connection module records when Withings refuses the refresh token (revoked or expired).
        jdbc.sql("update withings_connection set status = 'RECONNECT_REQUIRED' where member_id = ?").param(sam)
                .update();
        driver.get(base + "/");
        var card = driver.findElement(By.cssSelector(".member-card[data-member-id='" + sam + "']"));
        assertThat(card.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Reconnect required");
        assertThat(card.findElement(By.cssSelector(".metric.weight .value")).getText()).matches("\\d+\\.\\d");
        Pages.screenshotWholePhonePage(browser, "25-phone-overview-reconnect");
        card.findElement(By.cssSelector("button.reconnect")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/oauth2_user/authorize2"));
        driver.get(base + "/members/" + sam);
        assertThat(driver.findElement(By.id("reconnect-withings")).getText()).isEqualTo("Reconnect");
        assertThat(driver.findElement(By.cssSelector("#body-chart")).isDisplayed()).as("stored data stays").isTrue();
    }

    /** Two mornings at 126/80 and 128/82, two evenings at 136/86 and 146/92 (the last), in the server's zone. */
    private void storeBloodPressures(MemberId member) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int[][] readings = { { 3, 7, 126, 80 }, { 3, 20, 136, 86 }, { 2, 7, 128, 82 }, { 2, 20, 146, 92 } };
        List<MeasurementRecord> records = new ArrayList<>();
        long group = 900;
        for (int[] r : readings) {
            Instant at = today.minusDays(r[0]).atTime(r[1], 0).atZone(zone).toInstant();
            group++;
            records.add(bp(group, MeasurementType.SYSTOLIC_BP, r[2], at));
            records.add(bp(group, MeasurementType.DIASTOLIC_BP, r[3], at));
        }
        measurements.store(member, records);
    }

    private static MeasurementRecord bp(long group, MeasurementType type, int mmHg, Instant at) {
        return new MeasurementRecord(group, type, null, mmHg, 0, at, at, 0, "bpm", "BPM Core");
    }

    private String activeText() {
        return driver.switchTo().activeElement().getText();
    }

    private static String sectionTitle(String path) {
        String section = path.substring(path.lastIndexOf('/') + 1);
        return Character.toUpperCase(section.charAt(0)) + section.substring(1);
    }
}
