package dev.pulseboard.dashboard.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.household.SetupCodes;
import dev.pulseboard.dashboard.Pages;
import dev.pulseboard.support.Browser;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * The first-run page on an installation nobody has set up yet (a context of its own; the property only keeps it
 * apart): a password mistyped in one of its two fields sets up nothing and keeps what was typed but the passwords;
 * each mistake is told at its field, which a screen reader hears when the page gives it the focus. The browser test
 * runs first: the last test sets the installation up.
 */
@PulseboardTest
@TestPropertySource(properties = { "pulseboard.test.context=first-run", "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1" })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    SetupCodes codes;

    @Value("${pulseboard.data-dir}")
    String dataDir;

    @Test
    @Order(1)
    void eachMistakeIsToldAtItsFieldAndTheFirstHasTheFocus() {
        try (Browser browser = Browser.start(1024, 768)) {
            WebDriver driver = browser.driver();
            driver.get("http://localhost:" + port + "/setup");
            assertThat(driver.findElement(By.id("password")).getAccessibleName()).as("the hint is no part of the name")
                    .isEqualTo("Password");
            driver.findElement(By.id("name")).sendKeys("Ada");
            driver.findElement(By.id("email")).sendKeys("ada@example.org");
            driver.findElement(By.id("password")).sendKeys("correct horse battery");
            driver.findElement(By.id("confirm")).sendKeys("correct horse batery");
            Pages.submit(browser, By.cssSelector("button[type=submit]"));
            browser.screenshot("setup-mistyped");

            Pages.assertPasswordsMismatched(browser, "Password");
            var name = Pages.field(browser, "name");
            assertThat(name.value()).isEqualTo("Ada");
            assertThat(name.invalid()).isNull();
            assertThat(Pages.field(browser, "email").value()).isEqualTo("ada@example.org");

            // What the browser would refuse itself (the server checks all the same): every mistake at once.
            ((JavascriptExecutor) driver).executeScript("document.querySelector('main form').noValidate = true");
            driver.findElement(By.id("name")).clear();
            driver.findElement(By.id("email")).clear();
            driver.findElement(By.id("email")).sendKeys("ada at example");
            driver.findElement(By.id("password")).sendKeys("short");
            driver.findElement(By.id("confirm")).sendKeys("short");
            Pages.submit(browser, By.cssSelector("button[type=submit]"));

            var empty = Pages.field(browser, "name");
            assertThat(empty.invalid()).isEqualTo("true");
            assertThat(empty.description()).containsExactly("The name must not be empty.");
            assertThat(empty.focused()).as("the first invalid field has the focus").isTrue();
            var email = Pages.field(browser, "email");
            assertThat(email.invalid()).isEqualTo("true");
            assertThat(email.description()).containsExactly("That is not an e-mail address.");
            assertThat(email.value()).isEqualTo("ada at example");
            assertThat(Pages.field(browser, "password").description())
                    .containsExactly("The password must have at least 8 characters.", "At least 8 characters.");
            assertThat(driver.findElements(By.cssSelector("#error-summary a")))
                    .extracting(a -> a.getAttribute("hash")).containsExactly("#name", "#email", "#password");
        }
        assertThat(accounts.isSetUp()).isFalse();
    }

    /**
     * Behind a proxy that says the visitor is elsewhere (as Caddy does for an internet visitor), the set-up needs the
     * code the server wrote into its data directory; a visitor on the server itself (every other test) does not.
     */
    @Test
    @Order(2)
    void aVisitorFromAnotherMachineNeedsTheSetupCode() throws IOException, InterruptedException {
        Path file = Path.of(dataDir).resolve(SetupCodes.FILE);
        String code = Files.readString(file).strip();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        var page = remote(HttpRequest.newBuilder(URI.create(base() + "/setup")).GET());
        assertThat(page.body()).contains("name=\"setupCode\"", "setup-code.txt").doesNotContain(code);
        var withoutCode = remote(setup("{\"email\":\"mallory@example.org\",\"password\":\"correct horse battery\","
                + "\"name\":\"Mallory\"}"));
        assertThat(withoutCode.statusCode()).isEqualTo(403);
        assertThat(withoutCode.body()).contains("needs the setup code", SetupCodes.FILE).doesNotContain(code);
        var wrongCode = remote(setup("{\"email\":\"mallory@example.org\",\"password\":\"correct horse battery\","
                + "\"name\":\"Mallory\",\"setupCode\":\"AAAA-BBBB-CCCC\"}"));
        assertThat(wrongCode.statusCode()).isEqualTo(403);
        assertThat(wrongCode.body()).contains("not the setup code");
        assertThat(accounts.isSetUp()).isFalse();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base() + "/setup"))
                .header("X-Forwarded-For", "192.0.2.7").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        var refused = browser.send(HttpRequest.newBuilder(URI.create(base() + "/setup"))
                .header("X-Forwarded-For", "192.0.2.7").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&name=Mallory&email=mallory%40"
                        + "example.org&password=correct+horse+battery&confirm=correct+horse+battery&setupCode=AAAA"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as("the form again, not an error page").isEqualTo(200);
        assertThat(refused.body()).contains("That is not the setup code", "value=\"Mallory\"",
                "aria-describedby=\"setupCode-error").doesNotContain("correct horse");
        assertThat(codes.required("127.0.0.1")).isFalse();
        assertThat(codes.required("::1")).isFalse();
        assertThat(codes.required("192.0.2.7")).isTrue();
        codes.check("192.0.2.7", code.toLowerCase().replace("-", " "));

        codes.issue();
        String next = Files.readString(file).strip();
        assertThat(next).as("the next start's code").isNotEqualTo(code);
        codes.check("192.0.2.7", next);
        assertThatThrownBy(() -> codes.check("192.0.2.7", code)).as("the earlier start's code, from an old copy")
                .hasMessageContaining("not the setup code");
        assertThat(PageSession.anonymous(port).get("/setup").body()).as("on the server itself: no code asked")
                .doesNotContain("name=\"setupCode\"");
    }

    @Test
    @Order(3)
    void aMistypedSecondPasswordSetsUpNothingAndTheRightOneSetsUp() {
        var browser = PageSession.anonymous(port);
        assertThat(browser.get("/setup").body()).contains("name=\"password\"").contains("name=\"confirm\"");

        var refused = browser.post("/setup", "/setup", Map.of("name", "Ada", "email", "ada@example.org",
                "password", "correct horse battery", "confirm", "correct horse batery"));

        assertThat(refused.uri().getPath()).isEqualTo("/setup");
        assertThat(refused.body()).contains("The two passwords are not the same").contains("value=\"Ada\"")
                .contains("value=\"ada@example.org\"").doesNotContain("correct horse");
        assertThat(accounts.isSetUp()).isFalse();

        var done = browser.post("/setup", "/setup", Map.of("name", "Ada", "email", "ada@example.org",
                "password", "correct horse battery", "confirm", "correct horse battery"));

        assertThat(done.uri().getPath()).isEqualTo("/");
        assertThat(done.body()).contains("Household");
        assertThat(accounts.isSetUp()).isTrue();
        assertThat(Path.of(dataDir).resolve(SetupCodes.FILE)).as("set up: the code is gone").doesNotExist();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpRequest.Builder setup(String json) {
        return HttpRequest.newBuilder(URI.create(base() + "/api/v1/setup")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** As a visitor at 192.0.2.7, whom the proxy (this machine, a trusted one here) names. */
    private static HttpResponse<String> remote(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.header("X-Forwarded-For", "192.0.2.7").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
