package dev.pulseboard.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.clock.EmulatorClock;
import dev.pulseboard.emulator.protocol.WithingsException;

/** Demo mode keeps the emulator's live links in a file, so that a restart of the server ends none of them. */
class TokenStoreLinksTests {

    static final String CLIENT = "pulseboard-demo";
    static final String CALLBACK = "http://localhost:8080/withings/callback";

    @TempDir
    Path dir;

    @Test
    void aLinkMadeBeforeARestartStillRenewsAfterIt() {
        Path file = dir.resolve("data/emulator/links.properties");
        String refresh;
        try (var before = store(file.getParent().toString())) {
            TokenStore tokens = before.getBean(TokenStore.class);
            refresh = (String) linked(tokens).get("refresh_token");
        }
        assertThat(file).exists().content().as("the tokens' hashes only").doesNotContain("access")
                .doesNotContain(refresh);

        try (var after = store(file.getParent().toString())) {
            TokenStore tokens = after.getBean(TokenStore.class);
            Map<String, Object> renewed = tokens.refresh(CLIENT, refresh);
            assertThat(tokens.authenticate((String) renewed.get("access_token"), "user.metrics").userId())
                    .isEqualTo("42");
            tokens.revokeUser(CLIENT, "42");
            refresh = (String) renewed.get("refresh_token");
        }
        try (var again = store(file.getParent().toString())) {
            String ended = refresh;
            assertThatThrownBy(() -> again.getBean(TokenStore.class).refresh(CLIENT, ended))
                    .as("a link ended before the restart stays ended").isInstanceOf(WithingsException.class);
        }
    }

    @Test
    void withoutAFileARestartEndsEveryLinkAsBefore() {
        String refresh;
        try (var before = store("")) {
            refresh = (String) linked(before.getBean(TokenStore.class)).get("refresh_token");
        }
        try (var after = store("")) {
            String lost = refresh;
            assertThatThrownBy(() -> after.getBean(TokenStore.class).refresh(CLIENT, lost))
                    .isInstanceOf(WithingsException.class);
        }
    }

    private static Map<String, Object> linked(TokenStore tokens) {
        String code = tokens.issueCode(CLIENT, CALLBACK, "42", "user.metrics,user.activity");
        return tokens.exchangeCode(CLIENT, code, CALLBACK);
    }

    private static AnnotationConfigApplicationContext store(String stateDir) {
        var properties = new EmulatorProperties(true, "/emulator/withings", List.of(), false, 1.0, 120, 200, 300, true,
                false, 24, Duration.ofSeconds(1), 0, true, 2553, false, true, List.of(), stateDir);
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(EmulatorProperties.class, () -> properties);
        context.registerBean(EmulatorClock.class);
        context.registerBean(TokenStore.class);
        context.refresh();
        return context;
    }
}
