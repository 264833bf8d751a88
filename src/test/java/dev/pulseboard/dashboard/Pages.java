package dev.pulseboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.springframework.web.util.UriComponentsBuilder;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;

/** What the dashboard's browser tests do again and again: sign in, connect a persona, read charts and errors. */
public final class Pages {

    private Pages() {
    }

    /** Opens the overview, setting up the installation or signing in first as needed. */
    public static void signInOrSetUp(Browser browser, String base) {
        WebDriver driver = browser.driver();
        driver.get(base + "/");
        if (driver.getCurrentUrl().endsWith("/setup")) {
            driver.findElement(By.name("name")).sendKeys(Household.NAME);
            driver.findElement(By.name("email")).sendKeys(Household.EMAIL);
            driver.findElement(By.name("password")).sendKeys(Household.PASSWORD);
            driver.findElement(By.name("confirm")).sendKeys(Household.PASSWORD);
            browser.screenshot("00-setup");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
        }
        if (driver.getCurrentUrl().contains("/login")) {
            driver.findElement(By.name("username")).sendKeys(Household.EMAIL);
            driver.findElement(By.name("password")).sendKeys(Household.PASSWORD);
            driver.findElement(By.cssSelector("button[type=submit]")).click();
        }
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/login") && !d.getCurrentUrl().endsWith("/setup"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Household");
    }

    /**
     * Adds a member, links them to the persona through the API (submitting the emulator's consent form as a
     * script would), and waits for the backfill to finish. Returns the member id.
     */
    public static long connectedMember(Api api, String token, String name, String persona, String withingsUserId) {
        Household.releaseWithingsUser(api, token, withingsUserId);
        long member = Household.addMember(api, token, name);
        var started = api.post("/api/v1/members/" + member + "/withings/authorization", token, null);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        URI url = URI.create(started.json().get("authorizationUrl").asString());
        Map<String, String> form = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(url).build().getQueryParams()
                .forEach((k, v) -> form.put(k, URLDecoder.decode(v.get(0), StandardCharsets.UTF_8)));
        form.put("persona", persona);
        form.put("decision", "allow");
        var consent = api.postForm(url.getScheme() + "://" + url.getAuthority() + url.getPath(), form);
        assertThat(consent.status()).as(consent.body()).isEqualTo(302);
        assertThat(api.getUrl(consent.location()).location()).endsWith("?connected");
        Poll.until(Duration.ofSeconds(90), "the backfill of " + persona, () -> {
            var s = api.get("/api/v1/members/" + member + "/sync", token).json();
            return s.get("lastSuccessAt").isNull() ? null : s;
        });
        return member;
    }

    /** Makes the page 375 CSS pixels wide, as on a small phone (headless windows cannot be narrower than 500). */
    public static void emulatePhone(Browser browser) {
        emulatePhone(browser, 812);
    }

    /** A screenshot of the whole page on the emulated phone, as tall as the page. */
    public static void screenshotWholePhonePage(Browser browser, String name) {
        Number height = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        emulatePhone(browser, Math.min(height.intValue(), 6000));
        browser.screenshot(name);
        emulatePhone(browser, 812);
    }

    /** Back to the browser window's own size after {@link #emulatePhone}. */
    public static void desktop(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static void emulatePhone(Browser browser, int height) {
        ((ChromeDriver) browser.driver()).executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** A screenshot of the whole page, not only the window: the window grows to the page's height for it. */
    public static void screenshotWholePage(Browser browser, String name) {
        WebDriver driver = browser.driver();
        var size = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(size.getWidth(),
                Math.min(height.intValue() + 140, 6000)));
        browser.screenshot(name);
        driver.manage().window().setSize(size);
    }

    /** Waits until every chart of the page is drawn. */
    public static void awaitCharts(Browser browser) {
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".chart")).stream()
                .allMatch(e -> "true".equals(e.getAttribute("data-ready"))));
    }

    /** How many points the chart with this id draws in its series at {@code index}. */
    public static int points(WebDriver driver, String chartId, int index) {
        Number n = (Number) ((JavascriptExecutor) driver).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById(arguments[0])).getOption().series[arguments[1]].data"
                + ".filter(function (v) { return v !== null && v !== undefined; }).length",
                chartId, index);
        return n.intValue();
    }

    /**
     * What a screen reader is told about a form field: its accessible name (from its label), {@code aria-invalid},
     * the texts of the elements its {@code aria-describedby} names (in that order; null for an id that names
     * nothing), its value and whether it has the focus.
     */
    public record Field(String name, String invalid, List<String> description, String value, boolean focused) {
    }

    /** The field with this id, once the page has given the focus to some field (autofocus runs just after load). */
    public static Field field(Browser browser, String id) {
        WebDriver driver = browser.driver();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && document.activeElement !== document.body"));
        WebElement element = driver.findElement(By.id(id));
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const f = document.getElementById(arguments[0]);
                const ids = (f.getAttribute('aria-describedby') || '').split(/\\s+/).filter(i => i);
                return {invalid: f.getAttribute('aria-invalid'), value: f.value,
                    focused: document.activeElement === f,
                    description: ids.map(i => document.getElementById(i))
                        .map(e => e === null ? null : e.textContent.trim().replace(/\\s+/g, ' '))};
                """, id);
        @SuppressWarnings("unchecked")
        List<String> description = (List<String>) seen.get("description");
        return new Field(element.getAccessibleName(), (String) seen.get("invalid"), description,
                (String) seen.get("value"), (Boolean) seen.get("focused"));
    }

    /**
     * After two passwords that differ: the first password field (named {@code label}, its hint outside the name) is
     * invalid, described by the mismatch and the hint, focused and empty, and the second one empty too.
     */
    public static void assertPasswordsMismatched(Browser browser, String label) {
        Field password = field(browser, "password");
        assertThat(password.name()).as("the hint is not part of the name").isEqualTo(label);
        assertThat(password.invalid()).isEqualTo("true");
        assertThat(password.description()).containsExactly(
                "The two passwords are not the same: type the same password in both fields.",
                "At least 8 characters.");
        assertThat(password.focused()).isTrue();
        assertThat(password.value()).isEmpty();
        assertThat(field(browser, "confirm").value()).isEmpty();
    }

    /** The id of the element that has the focus. */
    public static String focusedId(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement.id");
    }

    /** Submits the form with this button and waits for the page that answers (a new one, even at the same URL). */
    public static void submit(Browser browser, By button) {
        WebElement clicked = browser.driver().findElement(button);
        clicked.click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> gone(clicked));
    }

    /**
     * Whether the element left the page. Chrome answers a question about an element of a page being replaced either
     * "stale element" or, now and then, "Node with given id does not belong to the document": both say it is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public static List<String> severeConsoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(Object::toString).toList();
    }
}
