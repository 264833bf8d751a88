package dev.pulseboard.health.daily;

import static dev.pulseboard.health.Merge.col;
import static dev.pulseboard.health.Merge.instant;
import static dev.pulseboard.health.Merge.ts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.Merge;

@Repository
class ActivityRepository {

    /** An archive's days, which come from no Withings account (not null: see V64). */
    static final String NO_ACCOUNT = "";

    private static final String UPSERT = Merge.sql("activity_day",
            List.of(col("member_id", "bigint"), col("withings_user", "varchar(32)"), col("activity_date", "date")),
            List.of(col("timezone", "varchar(64)"), col("steps", "integer"), col("distance_m", "numeric(12, 2)"),
                    col("elevation", "numeric(10, 2)"), col("active_calories", "numeric(10, 2)"),
                    col("total_calories", "numeric(10, 2)"), col("soft_s", "integer"), col("moderate_s", "integer"),
                    col("intense_s", "integer"), col("hr_average", "integer"),
                    col("modified_at", "timestamp with time zone"), col("source", "varchar(80)"),
                    col("written_at", "timestamp with time zone")));

    /**
     * One row per date: of a date's rows (one per Withings account, and an archive's), the one a sync or an import
     * wrote last; rows written before that was kept (null) lose to any written since.
     */
    private static final String SHOWN = "select * from (select a.*, row_number() over (partition by activity_date "
            + "order by written_at desc nulls last, id desc) as pick from activity_day a where member_id = ? "
            + "and activity_date >= ? and activity_date <= ?) d where pick = 1 order by activity_date";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ActivityRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores days of the Withings user {@code account}, or an archive's days when it is null. */
    void upsert(MemberId member, String account, Collection<ActivityDay> days) {
        String from = account == null ? NO_ACCOUNT : account;
        Timestamp written = ts(clock.instant());
        jdbc.batchUpdate(UPSERT, days.stream().map(d -> new Object[] { member.value(), from, Date.valueOf(d.date()),
                d.timezone(), d.steps(), d.distanceMeters(), d.elevation(), d.activeCalories(), d.totalCalories(),
                d.softSeconds(), d.moderateSeconds(), d.intenseSeconds(), d.hrAverage(), ts(d.modifiedAt()),
                d.source(), written })
                .toList());
    }

    /** The day shown for each date within {@code [from, to]} ({@link #SHOWN}), oldest first. */
    List<ActivityDay> between(MemberId member, LocalDate from, LocalDate to) {
        return jdbc.query(SHOWN, ActivityRepository::map, member.value(), Date.valueOf(from), Date.valueOf(to));
    }

    private static ActivityDay map(ResultSet rs, int row) throws SQLException {
        return new ActivityDay(rs.getDate("activity_date").toLocalDate(), rs.getString("timezone"),
                rs.getObject("steps", Integer.class), rs.getBigDecimal("distance_m"), rs.getBigDecimal("elevation"),
                rs.getBigDecimal("active_calories"), rs.getBigDecimal("total_calories"),
                rs.getObject("soft_s", Integer.class), rs.getObject("moderate_s", Integer.class),
                rs.getObject("intense_s", Integer.class), rs.getObject("hr_average", Integer.class),
                instant(rs.getTimestamp("modified_at")), rs.getString("source"));
    }

    Optional<LocalDate> latestDate(MemberId member) {
        return jdbc.query("select max(activity_date) from activity_day where member_id = ?",
                (rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), member.value()).stream()
                .filter(Objects::nonNull).findFirst();
    }

    void deleteAll(MemberId member) {
        jdbc.update("delete from activity_day where member_id = ?", member.value());
    }

    boolean any(MemberId member) {
        return !jdbc.queryForList("select activity_date from activity_day where member_id = ? fetch first 1 rows only",
                member.value()).isEmpty();
    }
}
