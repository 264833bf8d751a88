package dev.pulseboard.emulator.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pulseboard.emulator.EmulatorProperties;

/** Demo mode keeps the emulator's notification subscriptions, so that a restart does not silence the webhooks. */
class SubscriptionsStateTests {

    @TempDir
    Path dir;

    @Test
    void subscriptionsMadeBeforeARestartNotifyAfterIt() {
        var before = new Subscriptions(properties(dir.resolve("emulator").toString()));
        var weight = new Subscriptions.Subscription("pulseboard-demo", "42", 1, "http://localhost/notify/s", "a|b");
        var sleep = new Subscriptions.Subscription("pulseboard-demo", "42", 44, "http://localhost/notify/s", null);
        before.put(weight);
        before.put(sleep);
        before.remove(sleep);

        var after = new Subscriptions(properties(dir.resolve("emulator").toString()));

        assertThat(after.of("pulseboard-demo", "42")).containsExactly(weight);
        assertThat(after.listeners("42", 1)).containsExactly(weight);
        assertThat(new Subscriptions(properties("")).of("pulseboard-demo", "42")).as("in memory only").isEmpty();
    }

    @Test
    void theFileWithTheWebhookSecretIsTheServersAccountsAlone() throws IOException {
        var subscriptions = new Subscriptions(properties(dir.resolve("emulator").toString()));
        subscriptions.put(new Subscriptions.Subscription("pulseboard-demo", "42", 1, "http://localhost/notify/s", null));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("emulator").resolve("subscriptions.properties")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("emulator"))))
                .isEqualTo("rwx------");
    }

    private static EmulatorProperties properties(String stateDir) {
        return new EmulatorProperties(true, "/emulator/withings", List.of(), false, 1.0, 120, 200, 300, true, false, 24,
                Duration.ofSeconds(1), 0, true, 2553, false, true, List.of(), stateDir);
    }
}
