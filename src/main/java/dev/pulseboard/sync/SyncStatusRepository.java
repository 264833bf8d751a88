package dev.pulseboard.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.MemberId;

@Repository
class SyncStatusRepository {

    private final JdbcClient jdbc;

    SyncStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SyncStatus> find(MemberId member) {
        return jdbc.sql("select * from sync_status where member_id = ?").param(member.value())
                .query((rs, n) -> new SyncStatus(SyncState.valueOf(rs.getString("state")),
                        instant(rs.getTimestamp("last_success_at")),
                        new SyncStatus.Progress(rs.getInt("pages_fetched"), rs.getLong("items_stored")),
                        rs.getString("last_error")))
                .optional();
    }

    void queued(MemberId member, Instant now) {
        ensureRow(member);
        jdbc.sql("update sync_status set state = ?, requested_at = ? where member_id = ? and state <> ?")
                .params(SyncState.QUEUED.name(), ts(now), member.value(), SyncState.RUNNING.name()).update();
    }

    void running(MemberId member, Instant now) {
        ensureRow(member);
        jdbc.sql("update sync_status set state = ?, started_at = ?, pages_fetched = 0, items_stored = 0, "
                + "last_error = null where member_id = ?")
                .params(SyncState.RUNNING.name(), ts(now), member.value()).update();
    }

    void progress(MemberId member, int pages, long items) {
        jdbc.sql("update sync_status set pages_fetched = pages_fetched + ?, items_stored = items_stored + ? "
                + "where member_id = ?").params(pages, items, member.value()).update();
    }

    void succeeded(MemberId member, Instant now) {
        jdbc.sql("update sync_status set state = ?, last_success_at = ?, last_error = null where member_id = ?")
                .params(SyncState.IDLE.name(), ts(now), member.value()).update();
    }

    void failed(MemberId member, String reason) {
        jdbc.sql("update sync_status set state = ?, last_error = ? where member_id = ?")
                .params(SyncState.FAILED.name(), reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                        member.value())
                .update();
    }

    void delete(MemberId member) {
        jdbc.sql("delete from sync_status where member_id = ?").param(member.value()).update();
        jdbc.sql("delete from sync_cursor where member_id = ?").param(member.value()).update();
    }

    long cursor(MemberId member, String dataType) {
        return jdbc.sql("select last_update from sync_cursor where member_id = ? and data_type = ?")
                .params(member.value(), dataType).query(Long.class).optional().orElse(0L);
    }

    void saveCursor(MemberId member, String dataType, long lastUpdate) {
        int updated = jdbc.sql("update sync_cursor set last_update = ? where member_id = ? and data_type = ?")
                .params(lastUpdate, member.value(), dataType).update();
        if (updated == 0) {
            jdbc.sql("insert into sync_cursor (member_id, data_type, last_update) values (?, ?, ?)")
                    .params(member.value(), dataType, lastUpdate).update();
        }
    }

    private void ensureRow(MemberId member) {
        Integer exists = jdbc.sql("select count(*) from sync_status where member_id = ?").param(member.value())
                .query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("insert into sync_status (member_id, state) values (?, ?)")
                    .params(member.value(), SyncState.IDLE.name()).update();
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
