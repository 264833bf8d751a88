package dev.pulseboard.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.util.UriComponentsBuilder;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.withings.WithingsProperties;

/**
 * A new member's first run reads every data type and subscribes to notifications at its end: what Withings got in
 * between (a weigh-in the moment after linking) was notified to no one, and is read by the run that follows.
 */
@PulseboardTest
class FirstRunNotificationsIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    WithingsProperties withings;

    @Autowired
    Measurements measurements;

    @Test
    void aWeighInUploadedBeforeTheFirstRunSubscribedIsReadAfterIt() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, Household.named("Early"));
        var started = api.post("/api/v1/members/" + member + "/withings/authorization", token, null);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String state = UriComponentsBuilder.fromUri(URI.create(started.json().get("authorizationUrl").asString()))
                .build().getQueryParams().getFirst("state");
        // A new account of its own (a clone of the persona with no data), linked by its authorization code.
        var user = emulator.generateUsers("nina", 1, withings.clientId(), withings.scope(), withings.redirectUri())
                .get(0);
        // The first run's look at the subscriptions is held 6 s: the weigh-in comes meanwhile, before any exists.
        var hold = api.postJsonUrl(api.base() + "/emulator/withings/_admin/faults",
                "{\"path\":\"/notify\",\"action\":\"list\",\"type\":\"delay\",\"delayMs\":6000,\"count\":1}");
        assertThat(hold.status()).as(hold.body()).isIn(200, 201);
        long lists = lists(api);

        assertThat(api.getUrl(withings.redirectUri() + "?code=" + user.code() + "&state=" + state).location())
                .endsWith("?connected");
        Poll.until(Duration.ofSeconds(90), "the first run's look at the subscriptions", () -> lists(api) > lists
                ? true : null);
        long taken = Instant.now().getEpochSecond() - 60;
        emulator.addReading(user.userId(), 1, new BigDecimal("64.321"), taken);

        var stored = Poll.until(Duration.ofSeconds(60), "the weigh-in", () -> measurements
                .latest(MemberId.of(member), MeasurementType.WEIGHT)
                .filter(r -> r.time().getEpochSecond() == taken).orElse(null));
        assertThat(stored.value()).isEqualByComparingTo("64.321");
    }

    /** How many times the emulator was asked for a user's notification subscriptions. */
    private static long lists(Api api) {
        var stats = api.getUrl(api.base() + "/emulator/withings/_admin/stats");
        return stats.json().get("requests").path("/notify list").asLong(0);
    }
}
