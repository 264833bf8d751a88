package dev.pulseboard.health.recording;

import static dev.pulseboard.health.Merge.col;
import static dev.pulseboard.health.Merge.instant;
import static dev.pulseboard.health.Merge.ts;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.HealthDataVersions;
import dev.pulseboard.health.Merge;
import dev.pulseboard.health.daily.WorkoutSession;

/** Workouts and intraday series (heart rate, steps, SpO2): idempotent writes and reads. */
@Service
public class ActivityDetail {

    private static final String UPSERT_WORKOUT = Merge.sql("workout",
            List.of(col("member_id", "bigint"), col("withings_id", "bigint")),
            List.of(col("category", "integer"), col("start_at", "timestamp with time zone"),
                    col("end_at", "timestamp with time zone"), col("workout_date", "date"),
                    col("timezone", "varchar(64)"), col("calories", "numeric(10, 2)"),
                    col("distance_m", "numeric(12, 2)"), col("steps", "integer"), col("hr_average", "integer"),
                    col("hr_max", "integer"), col("intensity", "integer"),
                    col("modified_at", "timestamp with time zone")));

    private static final String UPSERT_SERIES = Merge.sql("intraday_series",
            List.of(col("member_id", "bigint"), col("withings_user", "varchar(32)"), col("series_day", "date"),
                    col("field", "varchar(20)")),
            List.of(col("samples", "varchar(400000)"), col("fetched_at", "timestamp with time zone"),
                    col("complete", "boolean")));

    private final JdbcTemplate jdbc;
    private final HealthDataVersions versions;

    ActivityDetail(JdbcTemplate jdbc, HealthDataVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    @Transactional
    public void storeWorkouts(MemberId member, Collection<WorkoutSession> workouts) {
        jdbc.batchUpdate(UPSERT_WORKOUT, workouts.stream().map(w -> new Object[] { member.value(), w.withingsId(),
                w.category(), ts(w.start()), ts(w.end()), w.date() == null ? null : Date.valueOf(w.date()),
                w.timezone(), w.calories(), w.distanceMeters(), w.steps(), w.hrAverage(), w.hrMax(), w.intensity(),
                ts(w.modifiedAt()) }).toList());
        versions.changed(member);
    }

    /**
     * Stores an archive's workouts in place of the workouts {@code replaced} (their ids): an earlier import's copies
     * of them at other instants (read in another time zone), deleted in the same transaction. Only an archive's
     * workouts (negative ids) are ever deleted so.
     */
    @Transactional
    public void storeWorkouts(MemberId member, Collection<WorkoutSession> workouts, Collection<Long> replaced) {
        jdbc.batchUpdate("delete from workout where member_id = ? and withings_id = ? and withings_id < 0",
                replaced.stream().map(id -> new Object[] { member.value(), id }).toList());
        storeWorkouts(member, workouts);
    }

    public List<WorkoutSession> workouts(MemberId member, Instant from, Instant to) {
        return jdbc.query("select * from workout where member_id = ? and start_at >= ? and start_at < ? "
                + "order by start_at", (rs, n) -> new WorkoutSession(rs.getLong("withings_id"), rs.getInt("category"),
                        instant(rs.getTimestamp("start_at")), instant(rs.getTimestamp("end_at")),
                        rs.getDate("workout_date") == null ? null : rs.getDate("workout_date").toLocalDate(),
                        rs.getString("timezone"), rs.getBigDecimal("calories"), rs.getBigDecimal("distance_m"),
                        rs.getObject("steps", Integer.class), rs.getObject("hr_average", Integer.class),
                        rs.getObject("hr_max", Integer.class), rs.getObject("intensity", Integer.class),
                        instant(rs.getTimestamp("modified_at"))),
                member.value(), ts(from), ts(to));
    }

    /**
     * Replaces one UTC day's series of one field ({@code heart_rate}, {@code steps}, {@code spo2}) of the Withings user
     * {@code account}, fetched from Withings at {@code fetchedAt}; {@code complete} when the day was over by then.
     * Another account's series of the same day are kept beside it.
     */
    @Transactional
    public void storeIntraday(MemberId member, String account, LocalDate day, String field,
            List<Hypnogram.Sample> samples, Instant fetchedAt, boolean complete) {
        jdbc.update(UPSERT_SERIES, member.value(), account, Date.valueOf(day), field,
                SampleCodec.encodeSeries(samples), ts(fetchedAt), complete);
        versions.changed(member);
    }

    /** When a day's intraday series were last fetched, and whether the day was complete then. */
    public record IntradayFetch(Instant fetchedAt, boolean complete) {
    }

    /**
     * The last intraday fetch of each day in {@code [from, to]} that has one from the Withings user {@code account}
     * (of any account when it is null), in one query.
     */
    public Map<LocalDate, IntradayFetch> intradayFetches(MemberId member, String account, LocalDate from,
            LocalDate to) {
        Map<LocalDate, IntradayFetch> fetches = new HashMap<>();
        List<Object> params = new ArrayList<>(List.of(member.value(), Date.valueOf(from), Date.valueOf(to)));
        if (account != null) {
            params.add(account);
        }
        jdbc.query("select series_day, min(fetched_at), min(case when complete then 1 else 0 end) "
                + "from intraday_series where member_id = ? and series_day >= ? and series_day <= ? "
                + (account == null ? "" : "and withings_user = ? ") + "group by series_day", rs -> {
                    fetches.put(rs.getDate(1).toLocalDate(),
                            new IntradayFetch(instant(rs.getTimestamp(2)), rs.getInt(3) == 1));
                }, params.toArray());
        return fetches;
    }

    /**
     * A day's series of {@code field}: of several Withings accounts' series of the day, the one fetched last that has
     * samples (an account whose devices measured nothing that day hides no other's).
     */
    public List<Hypnogram.Sample> intraday(MemberId member, LocalDate day, String field) {
        return jdbc.queryForList("select samples from intraday_series where member_id = ? and series_day = ? "
                + "and field = ? order by fetched_at desc nulls last", String.class, member.value(),
                Date.valueOf(day), field).stream().map(SampleCodec::decodeSeries).filter(s -> !s.isEmpty())
                .findFirst().orElse(List.of());
    }

    @Transactional
    public void erase(MemberId member) {
        jdbc.update("delete from workout where member_id = ?", member.value());
        jdbc.update("delete from intraday_series where member_id = ?", member.value());
        versions.changed(member);
    }
}
