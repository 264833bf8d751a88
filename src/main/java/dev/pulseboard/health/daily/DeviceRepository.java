package dev.pulseboard.health.daily;

import static dev.pulseboard.health.Merge.col;
import static dev.pulseboard.health.Merge.instant;
import static dev.pulseboard.health.Merge.ts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.Merge;

@Repository
class DeviceRepository {

    private static final String UPSERT = Merge.sql("device",
            List.of(col("member_id", "bigint"), col("device_id", "varchar(64)")),
            List.of(col("device_type", "varchar(60)"), col("model", "varchar(100)"), col("model_id", "integer"),
                    col("battery", "varchar(20)"), col("first_session_at", "timestamp with time zone"),
                    col("last_session_at", "timestamp with time zone")));

    private final JdbcTemplate jdbc;

    DeviceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's devices become {@code devices}: each upserted, and those no longer among them removed. */
    void replace(MemberId member, Collection<DeviceInfo> devices) {
        jdbc.batchUpdate(UPSERT, devices.stream().map(d -> new Object[] { member.value(), d.deviceId(), d.type(),
                d.model(), d.modelId(), d.battery(), ts(d.firstSessionAt()), ts(d.lastSessionAt()) }).toList());
        Set<String> kept = devices.stream().map(DeviceInfo::deviceId).collect(Collectors.toSet());
        jdbc.batchUpdate("delete from device where member_id = ? and device_id = ?", all(member).stream()
                .map(DeviceInfo::deviceId).filter(id -> !kept.contains(id))
                .map(id -> new Object[] { member.value(), id }).toList());
    }

    List<DeviceInfo> all(MemberId member) {
        return jdbc.query("select * from device where member_id = ? order by device_type, model",
                (rs, n) -> new DeviceInfo(rs.getString("device_id"), rs.getString("device_type"), rs.getString("model"),
                        rs.getObject("model_id", Integer.class), rs.getString("battery"),
                        instant(rs.getTimestamp("first_session_at")), instant(rs.getTimestamp("last_session_at"))),
                member.value());
    }

    void deleteAll(MemberId member) {
        jdbc.update("delete from device where member_id = ?", member.value());
    }
}
