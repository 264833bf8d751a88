package dev.pulseboard.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.sync.NewcomerPathCases;
import dev.pulseboard.withings.WithingsClientRejectedException;
import dev.pulseboard.withings.WithingsProperties;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * A client secret rotated at Withings and not here: the renewal of a member's tokens is refused for the server's
 * setting, the link is kept, and the Server page (and its API) tells the operator until a renewal succeeds again.
 */
@PulseboardTest
class ClientRefusalIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Connections connections;

    @Autowired
    Emulator emulator;

    @Autowired
    WithingsProperties withings;

    @Test
    void aSecretRotatedAtWithingsIsWarnedOfOnTheServerPageUntilARenewalSucceeds() {
        Api api = new Api(port);
        String token = Household.token(api);
        MemberId member = MemberId.of(NewcomerPathCases.connectedAlex(api, token, Household.named("Rotated")));
        Poll.until(Duration.ofSeconds(30), "the connection",
                () -> connections.status(member).state() == ConnectionState.CONNECTED ? true : null);
        AccessTokens tokens = connections.accessTokens(member);
        String current = tokens.current();
        assertThat(warnings(api, token)).noneMatch(w -> w.contains("WITHINGS_CLIENT_SECRET"));

        emulator.registerClient(withings.clientId(), "rotated at Withings", List.of(withings.redirectUri()));
        try {
            assertThatThrownBy(() -> tokens.renewAfterRejection(current))
                    .isInstanceOf(WithingsClientRejectedException.class);

            assertThat(warnings(api, token)).anyMatch(w -> w.startsWith("Withings refuses this server's client id "
                    + "or secret: the last token renewal of 1 member was refused") && w.contains("links are kept"));
            assertThat(connections.status(member).state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(PageSession.signIn(port).get("/settings/server").body()).as("the Server page")
                    .contains("Withings refuses this server&#39;s client id");
        } finally {
            emulator.registerClient(withings.clientId(), withings.clientSecret(), List.of(withings.redirectUri()));
        }

        assertThat(tokens.renewAfterRejection(current)).as("the setting right again: renewed").isNotEqualTo(current);
        assertThat(warnings(api, token)).noneMatch(w -> w.contains("WITHINGS_CLIENT_SECRET"));
    }

    private static List<String> warnings(Api api, String token) {
        var server = api.get("/api/v1/admin/server", token);
        assertThat(server.status()).as(server.body()).isEqualTo(200);
        return server.json().get("warnings").valueStream().map(w -> w.asString()).toList();
    }
}
