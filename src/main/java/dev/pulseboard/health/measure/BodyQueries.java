package dev.pulseboard.health.measure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.pulseboard.core.Decimals;
import dev.pulseboard.core.MemberId;

/**
 * Read queries that pages run on every request, written so that both databases answer them from the index that
 * starts with {@code (member_id, type_code, position_code, measured_at)} ({@code ix_measurement_chart}). The latest
 * reading is looked for in the last 35 days first (a few index entries for anyone who measures regularly), and in
 * the whole history only when there is none: without a bound on {@code measured_at}, H2 walks every row of the
 * member.
 */
@Service
public class BodyQueries {

    static final Duration RECENT = Duration.ofDays(35);
    private static final String LATEST = "select measured_at, raw_value, unit_exp from measurement "
            + "where member_id = ? and type_code = ? and position_code = -1 and measured_at >= ? "
            + "order by measured_at desc, group_id desc fetch first 1 rows only";

    private final JdbcClient jdbc;
    private final Clock clock;

    BodyQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The member's most recent reading of the type (without a body position), if any. */
    public Optional<Reading> latest(MemberId member, MeasurementType type) {
        Optional<Reading> recent = latestSince(member, type, clock.instant().minus(RECENT));
        return recent.isPresent() ? recent : latestSince(member, type, Instant.EPOCH);
    }

    private Optional<Reading> latestSince(MemberId member, MeasurementType type, Instant since) {
        return jdbc.sql(LATEST).params(member.value(), type.withingsCode(), Timestamp.from(since))
                .query((rs, n) -> new Reading(rs.getTimestamp("measured_at").toInstant(),
                        Decimals.scaled(rs.getLong("raw_value"), rs.getInt("unit_exp")),
                        type.unit()))
                .optional();
    }
}
