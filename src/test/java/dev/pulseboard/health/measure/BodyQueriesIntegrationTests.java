package dev.pulseboard.health.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

@PulseboardTest
class BodyQueriesIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Measurements measurements;

    @Autowired
    BodyQueries queries;

    @Autowired
    Clock clock;

    @Test
    void findsTheLatestReadingWhetherItIsRecentOrYearsOld() {
        Api api = new Api(port);
        String token = Household.token(api);
        MemberId recent = MemberId.of(Household.addMember(api, token, "Recent"));
        MemberId old = MemberId.of(Household.addMember(api, token, "Old"));
        Instant now = clock.instant();
        measurements.store(recent, List.of(weight(1, 80_000, now.minus(Duration.ofDays(400))),
                weight(2, 81_000, now.minus(Duration.ofDays(2))), weight(3, 82_000, now.minus(Duration.ofDays(1)))));
        measurements.store(old, List.of(weight(1, 70_000, now.minus(Duration.ofDays(900))),
                weight(2, 71_000, now.minus(Duration.ofDays(400)))));

        assertThat(queries.latest(recent, MeasurementType.WEIGHT)).get()
                .extracting(r -> r.value().doubleValue()).isEqualTo(82.0);
        assertThat(queries.latest(old, MeasurementType.WEIGHT)).get()
                .extracting(r -> r.value().doubleValue()).isEqualTo(71.0);
        assertThat(queries.latest(old, MeasurementType.HEIGHT)).isEmpty();
        assertThat(queries.latest(recent, MeasurementType.WEIGHT)).isEqualTo(measurements.latest(recent,
                MeasurementType.WEIGHT));
    }

    private static MeasurementRecord weight(long group, long grams, Instant at) {
        return new MeasurementRecord(group, MeasurementType.WEIGHT, null, grams, -3, at, at, 0, "scale", "Body+");
    }
}
