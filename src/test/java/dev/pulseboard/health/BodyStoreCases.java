package dev.pulseboard.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.BodyPosition;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.measure.PositionedReading;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;

/**
 * Segmental values, goals and the position-7 migration on a real database: run on H2 and on PostgreSQL by the two
 * subclasses.
 */
abstract class BodyStoreCases {

    @Value("${server.port}")
    int port;

    @Autowired
    Measurements measurements;

    @Autowired
    DailyData daily;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void readsSegmentsPerPositionAndTheLatestReadingPerBodyPart() {
        MemberId member = member("Segments");
        Instant older = clock.instant().minus(Duration.ofDays(8));
        Instant newer = clock.instant().minus(Duration.ofDays(1));
        measurements.store(member, List.of(segment(1, 3, 321, older), segment(1, 2, 330, older),
                segment(2, 3, 325, newer), segment(2, 2, 334, newer), segment(2, 12, 3091, newer),
                new MeasurementRecord(2, MeasurementType.MUSCLE_MASS, null, 5832, -2, newer, newer, 0, "scan",
                        "Body Scan")));

        assertThat(measurements.positioned(member, MeasurementType.SEGMENT_MUSCLE_MASS, BodyPosition.LEFT_ARM.code(),
                null, null)).extracting(r -> r.value().toPlainString()).containsExactly("3.21", "3.25");
        assertThat(measurements.positioned(member, MeasurementType.SEGMENT_MUSCLE_MASS, null, null, null))
                .extracting(PositionedReading::positionName)
                .containsExactly("right_arm", "left_arm", "right_arm", "left_arm", "torso");
        assertThat(measurements.latestSegments(member, MeasurementType.SEGMENT_MUSCLE_MASS))
                .extracting(r -> r.positionName() + "=" + r.value().toPlainString())
                .containsExactly("right_arm=3.34", "left_arm=3.25", "torso=30.91");
        assertThat(measurements.series(member, MeasurementType.SEGMENT_MUSCLE_MASS, null, null))
                .as("segments are not a whole-body series").isEmpty();
        assertThat(measurements.latestSegments(member, MeasurementType.SEGMENT_FAT_MASS)).isEmpty();
    }

    @Test
    void readsEveryPositionInOneQueryAsEachPositionAloneInHalfOpenWindows() {
        MemberId member = member("Windows");
        Instant first = clock.instant().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        Instant second = first.plus(Duration.ofDays(10));
        Instant third = second.plus(Duration.ofDays(10));
        measurements.store(member, List.of(segment(1, 3, 321, first), segment(1, 2, 330, first),
                segment(2, 3, 322, second), segment(2, 2, 331, second), segment(3, 3, 323, third),
                segment(3, 12, 3091, third), weight(1, 7012, first), weight(2, 7020, second),
                weight(3, 7031, third)));

        for (Instant[] window : new Instant[][] { { null, null }, { second, null }, { null, second },
                { first, third }, { second, second.plusSeconds(1) } }) {
            Instant from = window[0];
            Instant to = window[1];
            var every = measurements.positioned(member, MeasurementType.SEGMENT_MUSCLE_MASS, null, from, to);
            for (int position : new int[] { 2, 3, 12 }) {
                assertThat(every.stream().filter(r -> r.position() == position).toList())
                        .as("position %s in [%s, %s)", position, from, to)
                        .isEqualTo(measurements.positioned(member, MeasurementType.SEGMENT_MUSCLE_MASS, position,
                                from, to));
            }
        }
        assertThat(measurements.positioned(member, MeasurementType.SEGMENT_MUSCLE_MASS, 3, second, null))
                .extracting(r -> r.value().toPlainString()).containsExactly("3.22", "3.23");
        assertThat(measurements.positioned(member, MeasurementType.SEGMENT_MUSCLE_MASS, null, null, second))
                .extracting(r -> r.positionName() + "=" + r.value().toPlainString())
                .containsExactly("right_arm=3.30", "left_arm=3.21");
        assertThat(measurements.series(member, MeasurementType.WEIGHT, null, null))
                .extracting(r -> r.value().toPlainString()).containsExactly("70.12", "70.20", "70.31");
        assertThat(measurements.series(member, MeasurementType.WEIGHT, second, null))
                .extracting(r -> r.value().toPlainString()).containsExactly("70.20", "70.31");
        assertThat(measurements.series(member, MeasurementType.WEIGHT, null, third))
                .extracting(r -> r.value().toPlainString()).containsExactly("70.12", "70.20");
        assertThat(measurements.series(member, MeasurementType.WEIGHT, second, second.plusSeconds(1)))
                .extracting(r -> r.time()).containsExactly(second);
    }

    @Test
    void storesGoalsExactlyAndMovesUpdatedAtOnlyWhenTheyChange() {
        MemberId member = member("Goals");
        assertThat(daily.goals(member)).isEmpty();
        Instant first = Instant.parse("2026-11-01T08:00:00Z");
        daily.storeGoals(member, 9000, 27_000, new BigDecimal("70.500"), first);
        daily.storeGoals(member, 9000, 27_000, new BigDecimal("70.5"), first.plus(Duration.ofDays(1)));
        var same = daily.goals(member).orElseThrow();
        assertThat(same.weightKg()).isEqualByComparingTo("70.5");
        assertThat(same.updatedAt()).isEqualTo(first);
        assertThat(same.fetchedAt()).isEqualTo(first.plus(Duration.ofDays(1)));

        daily.storeGoals(member, null, 27_000, null, first.plus(Duration.ofDays(2)));
        var changed = daily.goals(member).orElseThrow();
        assertThat(changed.steps()).isNull();
        assertThat(changed.weightKg()).isNull();
        assertThat(changed.sleepSeconds()).isEqualTo(27_000);
        assertThat(changed.updatedAt()).isEqualTo(first.plus(Duration.ofDays(2)));

        daily.erase(member);
        assertThat(daily.goals(member)).isEmpty();
    }

    @Test
    void migrationMovesWholeBodyValuesStoredAtPosition7IntoTheSeries() throws IOException {
        MemberId member = member("Position 7");
        Instant at = clock.instant().minus(Duration.ofDays(3));
        // As the sync stored Body Scan groups before: whole-body values kept at position 7.
        measurements.store(member, List.of(
                new MeasurementRecord(10, MeasurementType.FAT_MASS, 7, 1876, -2, at, at, 0, "scan", "Body Scan"),
                new MeasurementRecord(10, MeasurementType.VISCERAL_FAT, 7, 83, -1, at, at, 0, "scan", "Body Scan"),
                new MeasurementRecord(11, MeasurementType.FAT_MASS, 7, 1880, -2, at.plusSeconds(60), at, 0, "scan",
                        "Body Scan"),
                new MeasurementRecord(11, MeasurementType.FAT_MASS, null, 1879, -2, at.plusSeconds(60), at, 0, "scan",
                        "Body Scan"),
                segment(10, 3, 321, at)));
        assertThat(measurements.series(member, MeasurementType.FAT_MASS, null, null)).hasSize(1);

        for (String statement : migration("V30__whole_body_position.sql")) {
            jdbc.sql(statement).update();
        }

        assertThat(measurements.series(member, MeasurementType.FAT_MASS, null, null))
                .extracting(r -> r.value().toPlainString()).containsExactly("18.76", "18.79");
        assertThat(measurements.series(member, MeasurementType.VISCERAL_FAT, null, null)).hasSize(1);
        assertThat(measurements.positioned(member, MeasurementType.SEGMENT_MUSCLE_MASS, 3, null, null)).hasSize(1);
    }

    private MemberId member(String name) {
        Api api = new Api(port);
        return MemberId.of(Household.addMember(api, Household.token(api), name));
    }

    private static MeasurementRecord weight(long group, long raw, Instant at) {
        return new MeasurementRecord(group, MeasurementType.WEIGHT, null, raw, -2, at, at, 0, "scale", "Body Scan");
    }

    private static MeasurementRecord segment(long group, int position, long raw, Instant at) {
        return new MeasurementRecord(group, MeasurementType.SEGMENT_MUSCLE_MASS, position, raw, -2, at, at, 0, "scan",
                "Body Scan");
    }

    /** The statements of a migration, without its comments. */
    private static List<String> migration(String name) throws IOException {
        try (InputStream in = BodyStoreCases.class.getResourceAsStream("/db/migration/" + name)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Arrays.stream(sql.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }
}
