package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;

/** The user removes Pulseboard on Withings' side: notification appli 46 makes the link need a reconnect. */
@PulseboardTest
class WithingsUnlinkIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Test
    void marksTheMemberReconnectRequiredAndKeepsTheReadings() {
        Api api = new Api(port);
        String token = Household.token(api);
        Household.releaseWithingsUser(api, token, "10000004");
        long id = Household.addMember(api, token, Household.named("Aroha"));
        api.getUrl(NewcomerPathCases.authorize(api, token, id, "aroha"));
        Poll.until(Duration.ofSeconds(60), "the backfill and subscriptions", () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return !s.get("lastSuccessAt").isNull() && "IDLE".equals(s.get("state").asString()) ? s : null;
        });
        int readings = api.get("/api/v1/members/" + id + "/measurements?type=weight", token).json().get("items").size();
        assertThat(readings).isPositive();

        long now = Instant.now().getEpochSecond();
        emulator.notifySubscribers("10000004", 46, now, now, "unlink");
        Poll.until(Duration.ofSeconds(30), "the link to need a reconnect", () -> "RECONNECT_REQUIRED".equals(
                api.get("/api/v1/members/" + id, token).json().get("withings").get("status").asString()));
        assertThat(api.get("/api/v1/members/" + id + "/measurements?type=weight", token).json().get("items").size())
                .isEqualTo(readings);
        var audit = api.get("/api/v1/audit", token).json().get("items");
        boolean recorded = false;
        for (var entry : audit) {
            recorded |= entry.get("memberId").asLong() == id
                    && "REVOKED_BY_WITHINGS".equals(entry.get("action").asString());
        }
        assertThat(recorded).isTrue();
    }
}
