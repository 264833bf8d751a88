package dev.pulseboard.health.daily;

import static dev.pulseboard.health.Merge.col;
import static dev.pulseboard.health.Merge.instant;
import static dev.pulseboard.health.Merge.ts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.Merge;

@Repository
class SleepRepository {

    private static final String UPSERT = Merge.sql("sleep_night",
            List.of(col("member_id", "bigint"), col("withings_id", "bigint")),
            List.of(col("night_date", "date"), col("start_at", "timestamp with time zone"),
                    col("end_at", "timestamp with time zone"), col("timezone", "varchar(64)"),
                    col("total_sleep_s", "integer"), col("light_s", "integer"), col("deep_s", "integer"),
                    col("rem_s", "integer"), col("awake_s", "integer"), col("efficiency", "numeric(6, 4)"),
                    col("score", "integer"), col("hr_average", "integer"), col("rr_average", "integer"),
                    col("breathing_disturbances", "integer"), col("snoring_s", "integer"),
                    col("wakeup_count", "integer"), col("duration_to_sleep_s", "integer"),
                    col("duration_to_wakeup_s", "integer"), col("snoring_episodes", "integer"),
                    col("hr_min", "integer"), col("hr_max", "integer"),
                    col("modified_at", "timestamp with time zone"), col("withings_user", "varchar(32)")));

    private final JdbcTemplate jdbc;

    SleepRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(MemberId member, String account, Collection<SleepNight> nights) {
        jdbc.batchUpdate(UPSERT, nights.stream().map(n -> new Object[] { member.value(), n.withingsId(),
                Date.valueOf(n.date()), ts(n.start()), ts(n.end()), n.timezone(), n.totalSleepSeconds(),
                n.lightSeconds(), n.deepSeconds(), n.remSeconds(), n.awakeSeconds(), n.efficiency(), n.score(),
                n.hrAverage(), n.rrAverage(), n.breathingDisturbances(), n.snoringSeconds(), n.wakeupCount(),
                n.durationToSleepSeconds(), n.durationToWakeupSeconds(), n.snoringEpisodes(), n.hrMin(), n.hrMax(),
                ts(n.modifiedAt()), account }).toList());
    }

    boolean fromAccount(MemberId member, long nightId, String account) {
        return !jdbc.queryForList("select withings_id from sleep_night where member_id = ? and withings_id = ? "
                + "and withings_user = ?", Long.class, member.value(), nightId, account).isEmpty();
    }

    List<SleepNight> between(MemberId member, LocalDate from, LocalDate to) {
        return jdbc.query("select * from sleep_night where member_id = ? and night_date >= ? and night_date <= ? "
                + "order by night_date, start_at", SleepRepository::map, member.value(), Date.valueOf(from),
                Date.valueOf(to));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }

    private static SleepNight map(ResultSet rs, int row) throws SQLException {
        return new SleepNight(rs.getLong("withings_id"), rs.getDate("night_date").toLocalDate(),
                instant(rs.getTimestamp("start_at")), instant(rs.getTimestamp("end_at")), rs.getString("timezone"),
                integer(rs, "total_sleep_s"), integer(rs, "light_s"), integer(rs, "deep_s"), integer(rs, "rem_s"),
                integer(rs, "awake_s"), rs.getBigDecimal("efficiency"), integer(rs, "score"),
                integer(rs, "hr_average"), integer(rs, "rr_average"), integer(rs, "breathing_disturbances"),
                integer(rs, "snoring_s"), integer(rs, "wakeup_count"), integer(rs, "duration_to_sleep_s"),
                integer(rs, "duration_to_wakeup_s"), integer(rs, "snoring_episodes"), integer(rs, "hr_min"),
                integer(rs, "hr_max"), instant(rs.getTimestamp("modified_at")));
    }

    /** Deletes the archive's nights (negative ids) among {@code ids}. */
    void deleteImported(MemberId member, Collection<Long> ids) {
        jdbc.batchUpdate("delete from sleep_night where member_id = ? and withings_id = ? and withings_id < 0",
                ids.stream().map(id -> new Object[] { member.value(), id }).toList());
    }

    void deleteAll(MemberId member) {
        jdbc.update("delete from sleep_night where member_id = ?", member.value());
    }

    boolean any(MemberId member) {
        return !jdbc.queryForList("select withings_id from sleep_night where member_id = ? fetch first 1 rows only",
                member.value()).isEmpty();
    }
}
