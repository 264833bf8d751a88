package dev.pulseboard.withings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.pulseboard.withings.budget.RateBudget;
import dev.pulseboard.withings.notify.WithingsNotifications;
import dev.pulseboard.withings.oauth.WithingsOAuth;

class WithingsConfigurationIntegrationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, WithingsConfiguration.class)
            .withPropertyValues("pulseboard.withings.client-id=app-1", "pulseboard.withings.client-secret=s3cr3t",
                    "pulseboard.withings.redirect-uri=https://pulse.example/withings/callback",
                    "pulseboard.withings.account-url=https://account.example",
                    "pulseboard.withings.api-url=https://api.example");

    @Test
    void bindsSettingsWithDefaultsAndHidesTheSecret() {
        context.withPropertyValues("pulseboard.withings.request-timeout=7s", "pulseboard.withings.max-retries=5")
                .run(app -> {
                    WithingsProperties properties = app.getBean(WithingsProperties.class);
                    assertThat(properties.clientId()).isEqualTo("app-1");
                    assertThat(properties.apiUrl()).isEqualTo(URI.create("https://api.example"));
                    assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(properties.maxRetries()).isEqualTo(5);
                    assertThat(properties.requestsPerMinute()).isEqualTo(120);
                    assertThat(properties.scope()).isEqualTo("user.metrics,user.activity,user.info");
                    assertThat(properties.toString()).contains("app-1").doesNotContain("s3cr3t");
                });
    }

    @Test
    void providesTheClientBeansWithoutADatabase() {
        context.run(app -> {
            assertThat(app).hasSingleBean(WithingsClient.class).hasSingleBean(WithingsOAuth.class)
                    .hasSingleBean(WithingsNotifications.class).hasSingleBean(RateBudget.class);
            assertThat(app.getBean(WithingsOAuth.class).authorizeUrl("s").toString())
                    .startsWith("https://account.example/oauth2_user/authorize2?response_type=code&client_id=app-1");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WithingsProperties.class)
    static class Properties {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        /** The transport counts its calls (in the application, Spring Boot's registry). */
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
