package dev.pulseboard.withings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.oauth.TokenGrant;

class WithingsPropertiesTests {

    @Test
    void fillsDefaultsForOmittedSettings() {
        WithingsProperties properties = WithingsProperties.of("id", "secret", "https://r.example",
                URI.create("https://a.example"), URI.create("https://api.example"));

        assertThat(properties.scope()).isEqualTo("user.metrics,user.activity,user.info");
        assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.requestsPerMinute()).isEqualTo(120);
        assertThat(properties.backfillReserve()).isEqualTo(2);
        assertThat(properties.maxRetries()).isEqualTo(3);
        assertThat(properties.rateLimitedPause()).isEqualTo(Duration.ofSeconds(10));
        assertThat(WithingsProperties.burst(120)).isEqualTo(4);
    }

    @Test
    void neverShowsTheSecret() {
        WithingsProperties properties = WithingsProperties.of("id", "very-secret", "https://r.example",
                URI.create("https://a.example"), URI.create("https://api.example"));

        assertThat(properties.toString()).contains("id", "***").doesNotContain("very-secret");
    }

    @Test
    void rejectsABackfillReserveThatLeavesBackfillNothing() {
        assertThatThrownBy(() -> new WithingsProperties("id", "s", "r", URI.create("https://a"),
                URI.create("https://b"), null, null, null, 120, null, null, null, null, 10, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backfill-reserve");
    }

    @Test
    void tokenGrantHidesItsTokens() {
        TokenGrant grant = new TokenGrant("363", "access-abc", "refresh-def", 10800, "user.metrics");

        assertThat(grant.toString()).contains("363", "10800", "user.metrics").doesNotContain("access-abc",
                "refresh-def");
    }
}
