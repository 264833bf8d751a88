package dev.pulseboard.dashboard.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.dashboard.Pages;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/**
 * The family hub in Chromium, each person in a browser of their own: the administrator invites, the invitee accepts,
 * lands on their own page and connects Withings; a member shares their data with another member, whose overview
 * shows the card with why, and loses it the moment the grant is revoked.
 */
@PulseboardTest
class FamilyBrowserIntegrationTests {

    static final String PASSWORD = "family pw 1234";

    @Value("${server.port}")
    int port;

    String base;
    Browser admin;
    Browser invitee;

    @BeforeEach
    void browsers() {
        base = "http://localhost:" + port;
        admin = Browser.start(1280, 900);
        invitee = Browser.start(1280, 900);
        Pages.signInOrSetUp(admin, base);
    }

    @AfterEach
    void close() {
        for (Browser b : new Browser[] { admin, invitee }) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void anInvitedPersonAcceptsLandsOnTheirOwnPageAndConnectsWithings() {
        String name = "Jo " + System.nanoTime() % 100000;
        String link = invite(name);

        WebDriver jo = invitee.driver();
        jo.get(link);
        invitee.screenshot("30-invitation");
        assertThat(jo.findElement(By.tagName("main")).getText()).contains("This invitation makes you the login of")
                .contains(name);
        String email = "jo-" + System.nanoTime() + "@example.org";
        jo.findElement(By.name("email")).sendKeys(email);
        jo.findElement(By.name("password")).sendKeys(PASSWORD);
        jo.findElement(By.name("confirm")).sendKeys(PASSWORD);
        jo.findElement(By.cssSelector("#accept-invitation button[type=submit]")).click();
        invitee.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/members/"));
        assertThat(jo.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(jo.findElement(By.cssSelector(".why")).getText()).startsWith("You");
        invitee.screenshot("31-invitee-own-page");

        Api api = new Api(port);
        Household.releaseWithingsUser(api, Household.token(api), "10000003");
        jo.findElement(By.id("connect-withings")).click();
        invitee.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/oauth2_user/authorize2"));
        jo.findElement(By.cssSelector("input[name=persona][value=nina]")).click();
        jo.findElement(By.cssSelector("button[value=allow]")).click();
        invitee.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("?connected"));
        assertThat(jo.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Connected");
        invitee.screenshot("32-invitee-connected");

        jo.get(base + "/");
        assertThat(jo.findElements(By.cssSelector(".member-card"))).hasSize(1);
        assertThat(jo.findElement(By.cssSelector(".member-card h2")).getText()).isEqualTo(name);
        assertThat(jo.findElements(By.cssSelector(".add-card"))).as("members add nobody").isEmpty();
        assertThat(jo.findElements(By.linkText("People"))).isEmpty();
        assertThat(Pages.severeConsoleErrors(jo)).isEmpty();
    }

    @Test
    void aGrantAppearsOnTheGranteesOverviewAndDisappearsWhenRevoked() {
        String owner = "Ana " + System.nanoTime() % 100000;
        String grantee = "Kim " + System.nanoTime() % 100000;
        Browser ana = invitee;
        accept(ana, invite(owner), "ana");
        Browser kimBrowser = Browser.start(1280, 900);
        try {
            accept(kimBrowser, invite(grantee), "kim");
            WebDriver kim = kimBrowser.driver();
            kim.get(base + "/");
            assertThat(cardNames(kim)).containsExactly(grantee);

            WebDriver a = ana.driver();
            a.findElement(By.linkText("Sharing")).click();
            new Select(a.findElement(By.name("userId"))).selectByVisibleText(grantee);
            a.findElement(By.cssSelector("#share-form button[type=submit]")).click();
            ana.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("grants")).isEmpty());
            assertThat(a.findElement(By.id("grants")).getText()).contains(grantee).contains("until revoked");
            ana.screenshot("33-sharing");

            kim.navigate().refresh();
            assertThat(cardNames(kim)).containsExactlyInAnyOrder(grantee, owner);
            assertThat(kim.findElement(By.xpath("//article[.//h2[normalize-space()='" + owner + "']]"
                    + "//p[contains(@class,'why')]")).getText()).isEqualTo("Shared with you by " + owner + " (view only)");
            kimBrowser.screenshot("34-grantee-overview");
            kim.findElement(By.xpath("//article[.//h2[normalize-space()='" + owner + "']]//h2/a")).click();
            kimBrowser.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".tabs")).isEmpty());
            String shared = kim.getCurrentUrl();
            kim.get(base + "/settings");

            a.findElement(By.cssSelector("#grants button[type=submit]")).click();
            assertThat(a.switchTo().alert().getText()).startsWith("Revoke this grant?");
            a.switchTo().alert().accept();
            // The revoke answers with a redirect to the sharing page; wait for that page rather than the old one.
            ana.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("no-grants")).isEmpty());
            assertThat(a.findElement(By.id("no-grants")).getText()).startsWith("Nobody else");
            // Back to the member's page: the browser may hold it in its back-forward cache, but it is asked again.
            kim.navigate().back();
            kimBrowser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(shared)
                    && d.findElement(By.tagName("body")).getText().contains("or they are not (or no longer) shared with you"));
            assertThat(kim.findElements(By.cssSelector(".tabs"))).as("nothing of the member's is left").isEmpty();
            kim.get(base + "/");
            assertThat(cardNames(kim)).containsExactly(grantee);
        } finally {
            kimBrowser.close();
        }
    }

    /** The administrator creates an invitation for a new member on the People page; returns the link. */
    private String invite(String name) {
        WebDriver driver = admin.driver();
        driver.get(base + "/household");
        try {
            // Seen missing right after the load in two full runs (sessions 22 and 25) though the page held it a moment
            // later: the form is waited for, as any element a test goes on with.
            admin.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("invite-form")).isEmpty());
        } catch (TimeoutException missing) {
            admin.screenshot("29-people-without-invite-form");
            throw new AssertionError("no invite form at " + driver.getCurrentUrl() + " (\"" + driver.getTitle()
                    + "\"): " + driver.findElement(By.tagName("body")).getText());
        }
        driver.findElement(By.cssSelector("#invite-form input[name=name]")).sendKeys(name);
        driver.findElement(By.cssSelector("#invite-form button[type=submit]")).click();
        admin.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("invitation-link")).isEmpty());
        String link = driver.findElement(By.id("invitation-link")).getAttribute("value");
        admin.screenshot("29-people-invitation");
        assertThat(link).startsWith(base + "/invitations/pbi_");
        return link;
    }

    private void accept(Browser browser, String link, String tag) {
        WebDriver driver = browser.driver();
        driver.get(link);
        driver.findElement(By.name("email")).sendKeys(tag + "-" + System.nanoTime() + "@example.org");
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.name("confirm")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#accept-invitation button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/members/"));
    }

    private static List<String> cardNames(WebDriver driver) {
        return driver.findElements(By.cssSelector(".member-card h2")).stream().map(e -> e.getText()).toList();
    }
}
