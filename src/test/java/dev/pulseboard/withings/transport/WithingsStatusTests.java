package dev.pulseboard.withings.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsInvalidParamsException;
import dev.pulseboard.withings.WithingsNotImplementedException;
import dev.pulseboard.withings.WithingsRateLimitedException;
import dev.pulseboard.withings.WithingsTransientException;
import dev.pulseboard.withings.WithingsUnauthorizedException;

class WithingsStatusTests {

    @Test
    void mapsBodyStatusToTheExceptionFamily() {
        assertThat(WithingsStatus.toException("/x a", 401, null)).isInstanceOf(WithingsAuthenticationException.class);
        assertThat(WithingsStatus.toException("/x a", 100, null)).isInstanceOf(WithingsAuthenticationException.class);
        assertThat(WithingsStatus.toException("/x a", 503, null)).isInstanceOf(WithingsInvalidParamsException.class);
        assertThat(WithingsStatus.toException("/x a", 293, null)).isInstanceOf(WithingsInvalidParamsException.class);
        assertThat(WithingsStatus.toException("/x a", 3018, null)).isInstanceOf(WithingsInvalidParamsException.class);
        assertThat(WithingsStatus.toException("/x a", 2555, null)).isInstanceOf(WithingsUnauthorizedException.class);
        assertThat(WithingsStatus.toException("/x a", 601, null)).isInstanceOf(WithingsRateLimitedException.class);
        assertThat(WithingsStatus.toException("/x a", 2554, null)).isInstanceOf(WithingsNotImplementedException.class);
        assertThat(WithingsStatus.toException("/x a", 522, null)).isInstanceOf(WithingsTransientException.class);
        assertThat(WithingsStatus.toException("/x a", 215, null)).isInstanceOf(WithingsTransientException.class);
        assertThat(WithingsStatus.toException("/x a", 77777, null)).isInstanceOf(WithingsTransientException.class);
    }

    @Test
    void keepsStatusAndEndpointButNoTokenLikeText() {
        WithingsException e = WithingsStatus.toException("/measure getmeas", 401,
                "invalid_token a075f8c14fb8df40b08ebc8508533dc332a6910a is invalid");

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.endpoint()).isEqualTo("/measure getmeas");
        assertThat(e.getMessage()).contains("/measure getmeas", "401", "invalid_token", "is invalid")
                .doesNotContain("a075f8c14fb8df40b08ebc8508533dc332a6910a");
    }
}
