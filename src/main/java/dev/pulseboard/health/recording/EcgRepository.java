package dev.pulseboard.health.recording;

import static dev.pulseboard.health.Merge.col;
import static dev.pulseboard.health.Merge.instant;
import static dev.pulseboard.health.Merge.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.Merge;

@Repository
class EcgRepository {

    /** The list's fields only: a strip already fetched is kept when the recording is listed again. */
    private static final String UPSERT = Merge.sql("ecg_recording",
            List.of(col("member_id", "bigint"), col("signal_id", "bigint")),
            List.of(col("recorded_at", "timestamp with time zone"), col("afib", "integer"),
                    col("heart_rate", "integer"), col("systole", "integer"), col("diastole", "integer"),
                    col("model", "integer"), col("device_id", "varchar(64)"), col("withings_user", "varchar(32)")));

    private final JdbcTemplate jdbc;

    EcgRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(MemberId member, String account, Collection<EcgStrip> strips) {
        jdbc.batchUpdate(UPSERT, strips.stream().map(e -> new Object[] { member.value(), e.signalId(), ts(e.time()),
                e.afib(), e.heartRate(), e.systole(), e.diastole(), e.model(), e.deviceId(), account }).toList());
    }

    void saveSignal(MemberId member, long signalId, Integer frequency, Integer wearPosition, int[] microvolts) {
        jdbc.update("update ecg_recording set sampling_frequency = ?, wear_position = ?, samples = ? "
                + "where member_id = ? and signal_id = ?", frequency, wearPosition, SampleCodec.encode(microvolts),
                member.value(), signalId);
    }

    private List<Long> withoutSignal(MemberId member) {
        return jdbc.queryForList("select signal_id from ecg_recording where member_id = ? and samples is null",
                Long.class, member.value());
    }

    List<Long> withoutSignal(MemberId member, String account) {
        return jdbc.queryForList("select signal_id from ecg_recording where member_id = ? and samples is null "
                + "and withings_user = ? order by recorded_at desc", Long.class, member.value(), account);
    }

    /** Recordings without a strip whose Withings user is not {@code account} (any, for a null account). */
    Set<Long> withoutSignalNotOf(MemberId member, String account) {
        if (account == null) {
            return new HashSet<>(withoutSignal(member));
        }
        return new HashSet<>(jdbc.queryForList("select signal_id from ecg_recording where member_id = ? and samples "
                + "is null and (withings_user is null or withings_user <> ?)", Long.class, member.value(), account));
    }

    boolean fromAccount(MemberId member, long signalId, String account) {
        return !jdbc.queryForList("select signal_id from ecg_recording where member_id = ? and signal_id = ? "
                + "and withings_user = ?", Long.class, member.value(), signalId, account).isEmpty();
    }

    List<EcgStrip> between(MemberId member, Instant from, Instant to) {
        return jdbc.query("select * from ecg_recording where member_id = ? and recorded_at >= ? and recorded_at < ? "
                + "order by recorded_at", (rs, n) -> map(rs, false), member.value(), ts(from), ts(to));
    }

    Optional<EcgStrip> find(MemberId member, long signalId) {
        return jdbc.query("select * from ecg_recording where member_id = ? and signal_id = ?",
                (rs, n) -> map(rs, true), member.value(), signalId).stream().findFirst();
    }

    boolean any(MemberId member) {
        return !jdbc.queryForList("select signal_id from ecg_recording where member_id = ? fetch first 1 rows only",
                member.value()).isEmpty();
    }

    void deleteAll(MemberId member) {
        jdbc.update("delete from ecg_recording where member_id = ?", member.value());
    }

    private static EcgStrip map(ResultSet rs, boolean withSamples) throws SQLException {
        String samples = rs.getString("samples");
        int[] microvolts = samples == null ? new int[0]
                : withSamples ? SampleCodec.decode(samples) : new int[] { 0 };
        return new EcgStrip(rs.getLong("signal_id"), instant(rs.getTimestamp("recorded_at")),
                rs.getObject("afib", Integer.class), rs.getObject("heart_rate", Integer.class),
                rs.getObject("systole", Integer.class), rs.getObject("diastole", Integer.class),
                rs.getObject("model", Integer.class), rs.getString("device_id"),
                rs.getObject("sampling_frequency", Integer.class), rs.getObject("wear_position", Integer.class),
                microvolts);
    }
}
