package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;

/**
 * Demo mode with {@code pulseboard.emulator.shared-clock}: moving the emulator's clock moves Pulseboard's (and the
 * scheduler's), so a token the emulator has expired is one Pulseboard renews before using it, as in real time.
 */
@PulseboardTest
@TestPropertySource(properties = "pulseboard.emulator.shared-clock=true")
@ExtendWith(OutputCaptureExtension.class)
class SharedClockIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    Clock clock;

    @Autowired
    com.github.kagkarlsson.scheduler.Clock schedulerClock;

    @Test
    void movingTheEmulatorsClockAgesPulseboardsTokensAndSchedules(CapturedOutput output) {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, Household.named("Nina"));
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, member, "nina")).location())
                .endsWith("?connected");
        String first = synced(api, token, member, null);
        Instant before = clock.instant();

        emulator.clock().advance(Duration.ofHours(4));

        assertThat(Duration.between(before, clock.instant())).isBetween(Duration.ofHours(4),
                Duration.ofHours(4).plusMinutes(1));
        assertThat(Duration.between(clock.instant(), schedulerClock.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(api.post("/api/v1/members/" + member + "/sync", token, null).status()).isEqualTo(202);
        String second = synced(api, token, member, first);
        assertThat(Instant.parse(second)).isAfter(before.plus(Duration.ofHours(4)));
        // The token was three hours old on both clocks: renewed first, never sent expired.
        assertThat(output.getAll()).doesNotContain("refused the access token");
    }

    private static String synced(Api api, String token, long member, String after) {
        return Poll.until(Duration.ofSeconds(60), "a finished sync", () -> {
            var s = api.get("/api/v1/members/" + member + "/sync", token).json();
            String last = s.get("lastSuccessAt").isNull() ? null : s.get("lastSuccessAt").asString();
            return last != null && !last.equals(after) && "IDLE".equals(s.get("state").asString()) ? last : null;
        });
    }
}
