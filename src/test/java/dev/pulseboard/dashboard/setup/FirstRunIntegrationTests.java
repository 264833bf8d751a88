package dev.pulseboard.dashboard.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * The first-run page on an installation nobody has set up yet (a context of its own; the property only keeps it
 * apart): a password mistyped in one of its two fields sets up nothing and keeps what was typed but the passwords.
 */
@PulseboardTest
@TestPropertySource(properties = "pulseboard.test.context=first-run")
@DirtiesContext
class FirstRunIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Accounts accounts;

    @Test
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
    }
}
