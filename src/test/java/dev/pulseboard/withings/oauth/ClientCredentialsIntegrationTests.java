package dev.pulseboard.withings.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.withings.TestClients;
import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsClientRejectedException;
import dev.pulseboard.withings.WithingsProperties;
import dev.pulseboard.withings.transport.WithingsTransport;

/**
 * Against the emulator, which answers a wrong client secret as Withings does, with "invalid params", like a dead
 * refresh token: a refused refresh is told apart, so that a typo in the operator's setting does not end every
 * member's link (and the grant still works once the setting is right).
 */
@PulseboardTest
class ClientCredentialsIntegrationTests {

    @Autowired
    WithingsProperties properties;

    @Autowired
    Emulator emulator;

    @Test
    void aWrongClientSecretIsTheServersSettingNotAnEndedGrant() {
        var user = emulator.generateUsers("alex", 1, properties.clientId(), "user.metrics", null).get(0);
        WithingsOAuth mistyped = oauth(WithingsProperties.of(properties.clientId(), properties.clientSecret() + "x",
                properties.redirectUri(), properties.accountUrl(), properties.apiUrl()));

        assertThatThrownBy(() -> mistyped.refresh(user.refreshToken()))
                .isInstanceOf(WithingsClientRejectedException.class)
                .hasMessageContaining("WITHINGS_CLIENT_SECRET")
                .hasMessageNotContaining(properties.clientSecret()).hasMessageNotContaining(user.refreshToken());

        WithingsOAuth right = oauth(properties);
        assertThat(right.refresh(user.refreshToken()).accessToken()).as("the grant was kept").isNotBlank();
        assertThatThrownBy(() -> right.refresh("0123456789abcdef0123456789abcdef01234567"))
                .as("a refresh token Withings does not know is an ended grant")
                .isInstanceOf(WithingsAuthenticationException.class).hasMessageContaining("reconnect needed");
    }

    /** The nonce request is signed with the time: the emulator refuses one more than 10 minutes off, as Withings. */
    private static WithingsOAuth oauth(WithingsProperties withings) {
        WithingsTransport transport = new TestClients(withings).transport;
        return new WithingsOAuth(withings, transport, new RequestSigner(withings, transport, Clock.systemUTC()));
    }
}
