package dev.pulseboard.health.daily;

import static dev.pulseboard.health.Merge.col;
import static dev.pulseboard.health.Merge.instant;
import static dev.pulseboard.health.Merge.ts;

import java.util.Collection;
import java.util.List;

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

    void upsert(MemberId member, Collection<DeviceInfo> devices) {
        jdbc.batchUpdate(UPSERT, devices.stream().map(d -> new Object[] { member.value(), d.deviceId(), d.type(),
                d.model(), d.modelId(), d.battery(), ts(d.firstSessionAt()), ts(d.lastSessionAt()) }).toList());
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
