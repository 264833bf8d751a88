package dev.pulseboard.withings;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

import dev.pulseboard.withings.budget.RateBudget;
import dev.pulseboard.withings.budget.RateBudgets;
import dev.pulseboard.withings.notify.WithingsNotifications;
import dev.pulseboard.withings.oauth.AuthorizedCalls;
import dev.pulseboard.withings.oauth.RequestSigner;
import dev.pulseboard.withings.oauth.WithingsOAuth;
import dev.pulseboard.withings.transport.Backoff;
import dev.pulseboard.withings.transport.Sleeper;
import dev.pulseboard.withings.transport.WithingsMeters;
import dev.pulseboard.withings.transport.WithingsTransport;

/** Wires the Withings client: one HTTP client, one rate budget, one transport for OAuth and data calls. */
@Configuration(proxyBeanMethods = false)
class WithingsConfiguration {

    @Bean
    RateBudget withingsRateBudget(WithingsProperties properties, ObjectProvider<DataSource> dataSource, Clock clock) {
        return RateBudgets.create(properties, dataSource.getIfAvailable(), clock, Sleeper.THREAD);
    }

    @Bean
    WithingsTransport withingsTransport(WithingsProperties properties, RateBudget withingsRateBudget,
            MeterRegistry meterRegistry) {
        // Made at the first Withings call, not during the start-up.
        Supplier<HttpClient> http = () -> HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Backoff backoff = new Backoff(properties.retryBaseDelay(), properties.retryMaxDelay(),
                RandomGenerator.getDefault(), Sleeper.THREAD);
        return new WithingsTransport(properties, http, withingsRateBudget, backoff,
                new WithingsMeters(meterRegistry, withingsRateBudget));
    }

    @Bean
    WithingsOAuth withingsOAuth(WithingsProperties properties, WithingsTransport withingsTransport, Clock clock) {
        return new WithingsOAuth(properties, withingsTransport,
                new RequestSigner(properties, withingsTransport, clock));
    }

    @Bean
    WithingsClient withingsClient(WithingsProperties properties, WithingsTransport withingsTransport) {
        return new WithingsClient(new AuthorizedCalls(withingsTransport), properties);
    }

    @Bean
    WithingsNotifications withingsNotifications(WithingsTransport withingsTransport) {
        return new WithingsNotifications(new AuthorizedCalls(withingsTransport));
    }
}
