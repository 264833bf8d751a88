package dev.pulseboard.sync.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.sync.SyncState;
import dev.pulseboard.sync.SyncStatus;
import dev.pulseboard.sync.webhook.NotificationSubscriptions;
import dev.pulseboard.withings.notify.Appli;

@Repository
public class SyncStatusRepository {

    /** What a data type's progress is read from, in this order. */
    private static final String CURSOR_COLUMNS = "pages_fetched, items_stored, finished, last_update";

    private final JdbcClient jdbc;

    SyncStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SyncStatus> find(MemberId member) {
        var byType = byDataType(member);
        return jdbc.sql("select * from sync_status where member_id = ?").param(member.value())
                .query((rs, n) -> status(rs, byType)).optional();
    }

    /** {@link #find} of several members in three queries whatever their number; a member without a row is absent. */
    public Map<MemberId, SyncStatus> findAll(Collection<MemberId> members) {
        Map<MemberId, SyncStatus> found = new HashMap<>();
        if (members.isEmpty()) {
            return found;
        }
        List<Long> ids = members.stream().map(MemberId::value).toList();
        Map<Long, Map<String, SyncStatus.DataTypeProgress>> byType = new HashMap<>();
        jdbc.sql("select member_id, data_type, " + CURSOR_COLUMNS + " from sync_cursor where member_id in (:members) "
                + "order by member_id, data_type").param("members", ids)
                .query((rs, n) -> byType.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                        .put(rs.getString(2), progress(rs, 3)))
                .list();
        jdbc.sql("select * from sync_status where member_id in (:members)").param("members", ids)
                .query((rs, n) -> found.put(MemberId.of(rs.getLong("member_id")),
                        status(rs, byType.getOrDefault(rs.getLong("member_id"), Map.of()))))
                .list();
        return found;
    }

    private static SyncStatus status(ResultSet rs, Map<String, SyncStatus.DataTypeProgress> byType)
            throws SQLException {
        return new SyncStatus(SyncState.valueOf(rs.getString("state")), instant(rs.getTimestamp("last_success_at")),
                new SyncStatus.Progress(rs.getInt("pages_fetched"), rs.getLong("items_stored"), byType),
                rs.getString("last_error"));
    }

    public void queued(MemberId member, Instant now) {
        ensureRow(member);
        jdbc.sql("update sync_status set state = ?, requested_at = ? where member_id = ? and state <> ?")
                .params(SyncState.QUEUED.name(), ts(now), member.value(), SyncState.RUNNING.name()).update();
    }

    /**
     * Marks a run started, its counts from zero; true when it takes over a run a stopped server left running
     * (killed, or gone with its machine), whose counts go on: that run's report is the one run's, not only what was
     * left to fetch after the restart.
     */
    boolean running(MemberId member, Instant now) {
        ensureRow(member);
        int fresh = jdbc.sql("update sync_status set state = ?, started_at = ?, pages_fetched = 0, items_stored = 0, "
                + "last_error = null where member_id = ? and state <> ?")
                .params(SyncState.RUNNING.name(), ts(now), member.value(), SyncState.RUNNING.name()).update();
        return fresh == 0;
    }

    public void progress(MemberId member, int pages, long items) {
        jdbc.sql("update sync_status set pages_fetched = pages_fetched + ?, items_stored = items_stored + ? "
                + "where member_id = ?").params(pages, items, member.value()).update();
    }

    void succeeded(MemberId member, Instant now) {
        jdbc.sql("update sync_status set state = ?, last_success_at = ?, last_error = null where member_id = ?")
                .params(SyncState.IDLE.name(), ts(now), member.value()).update();
    }

    /** A run that synced every data type succeeded (the safety net counts from here). */
    void fullRunSucceeded(MemberId member, Instant now) {
        jdbc.sql("update sync_status set last_full_at = ? where member_id = ?").params(ts(now), member.value())
                .update();
    }

    /** A run found new or changed data (adaptive polling counts from here). */
    void newData(MemberId member, Instant now) {
        jdbc.sql("update sync_status set last_new_data_at = ? where member_id = ?").params(ts(now), member.value())
                .update();
    }

    /** A check of the member's subscriptions; one that could be made also records what Withings refused. */
    void subscriptionsChecked(MemberId member, Instant now, NotificationSubscriptions.Check check) {
        ensureRow(member);
        if (check.made()) {
            String refused = check.refused().isEmpty() ? null
                    : check.refused().stream().map(Appli::name).collect(Collectors.joining(","));
            jdbc.sql("update sync_status set subscriptions_checked_at = ?, subscriptions_refused = ? "
                    + "where member_id = ?").params(ts(now), refused, member.value()).update();
        } else {
            jdbc.sql("update sync_status set subscriptions_checked_at = ? where member_id = ?")
                    .params(ts(now), member.value()).update();
        }
    }

    /** The members whose notifications Withings refused at their last subscription check (they are polled). */
    List<MemberId> subscriptionsRefused() {
        return jdbc.sql("select member_id from sync_status where subscriptions_refused is not null")
                .query(Long.class).list().stream().map(MemberId::of).toList();
    }

    /** What the visit of a member decides from; empty if the member was never synced. */
    Optional<Schedule> schedule(MemberId member) {
        return jdbc.sql("select state, started_at, last_full_at, last_new_data_at, subscriptions_checked_at, "
                + "(select min(c.finished_at) from sync_cursor c where c.member_id = s.member_id), "
                + "subscriptions_refused from sync_status s where member_id = ?").param(member.value())
                .query((rs, n) -> new Schedule(SyncState.valueOf(rs.getString(1)), instant(rs.getTimestamp(2)),
                        instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)), rs.getString(7) != null))
                .optional();
    }

    /**
     * When the member's last run started, last full run succeeded, a run last brought data, subscriptions were
     * checked, and the data type read longest ago was last read (null if none ever was); and whether Withings refused
     * to notify the member of some data type at the last check.
     */
    record Schedule(SyncState state, Instant lastStartedAt, Instant lastFullAt, Instant lastNewDataAt,
            Instant subscriptionsCheckedAt, Instant oldestReadAt, boolean subscriptionsRefused) {
    }

    void failed(MemberId member, String reason) {
        jdbc.sql("update sync_status set state = ?, last_error = ? where member_id = ?")
                .params(SyncState.FAILED.name(), reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                        member.value())
                .update();
    }

    public void delete(MemberId member) {
        jdbc.sql("delete from sync_status where member_id = ?").param(member.value()).update();
        jdbc.sql("delete from sync_cursor where member_id = ?").param(member.value()).update();
    }

    /** Where a data type stands: its cursor and, mid-backfill, the page to resume from. */
    public Checkpoint checkpoint(MemberId member, String dataType) {
        return jdbc.sql("select last_update, resume_offset, resume_newest from sync_cursor where member_id = ? "
                + "and data_type = ?").params(member.value(), dataType)
                .query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getInt(2), rs.getLong(3))).optional()
                .orElse(new Checkpoint(0, 0, 0));
    }

    /**
     * The checkpoint a run starts from. A re-read asked for by {@link #rereadFrom} becomes the cursor first, when
     * the run starts afresh (offset 0): a run stopped in it then resumes in the same window, and a re-read asked for
     * while it runs waits for the next run.
     */
    public Checkpoint checkpointForRun(MemberId member, String dataType) {
        record Stored(Checkpoint checkpoint, Long reread) {
        }
        Stored row = jdbc.sql("select last_update, resume_offset, resume_newest, reread_from from sync_cursor "
                + "where member_id = ? and data_type = ?").params(member.value(), dataType)
                .query((rs, n) -> new Stored(new Checkpoint(rs.getLong(1), rs.getInt(2), rs.getLong(3)),
                        rs.getObject(4, Long.class))).optional()
                .orElse(new Stored(new Checkpoint(0, 0, 0), null));
        Checkpoint stored = row.checkpoint();
        Long reread = row.reread();
        if (reread == null || stored.resumeOffset() != 0) {
            return stored;
        }
        long from = Math.min(reread, stored.cursor());
        jdbc.sql("update sync_cursor set last_update = ?, resume_newest = 0, reread_from = null "
                + "where member_id = ? and data_type = ? and reread_from = ?")
                .params(from, member.value(), dataType, reread).update();
        return new Checkpoint(from, 0, 0);
    }

    /**
     * Asks the data type's next run to read from {@code epochSecond} when that is before its cursor: a notification
     * announced data older than the cursor (a watch's ECG uploaded days after it was recorded).
     */
    public void rereadFrom(MemberId member, String dataType, long epochSecond) {
        jdbc.sql("update sync_cursor set reread_from = ? where member_id = ? and data_type = ? and last_update > ? "
                + "and (reread_from is null or reread_from > ?)")
                .params(epochSecond, member.value(), dataType, epochSecond, epochSecond).update();
    }

    /** After a stored page with more to follow: resume from {@code nextOffset} if the run stops here. */
    public void pageDone(MemberId member, String dataType, int nextOffset, long newest, int items) {
        ensureCursor(member, dataType);
        jdbc.sql("update sync_cursor set resume_offset = ?, resume_newest = ?, pages_fetched = pages_fetched + 1, "
                + "items_stored = items_stored + ?, finished = ? where member_id = ? and data_type = ?")
                .params(nextOffset, newest, items, false, member.value(), dataType).update();
    }

    /**
     * After the last stored page: the cursor moves to {@code lastUpdate} with the page, so a run that stops before
     * it is {@link #finished finished} (details still to fetch, a crash) goes on from there, not from the cursor
     * it started with.
     */
    public void lastPageDone(MemberId member, String dataType, long lastUpdate, int items) {
        ensureCursor(member, dataType);
        jdbc.sql("update sync_cursor set last_update = ?, resume_offset = 0, resume_newest = 0, "
                + "pages_fetched = pages_fetched + 1, items_stored = items_stored + ?, finished = ? "
                + "where member_id = ? and data_type = ?")
                .params(lastUpdate, items, false, member.value(), dataType).update();
    }

    /** A detail call of a data type's run (say, an ECG strip): one more page and {@code items} more records. */
    public void detailDone(MemberId member, String dataType, int items) {
        ensureCursor(member, dataType);
        jdbc.sql("update sync_cursor set pages_fetched = pages_fetched + 1, items_stored = items_stored + ? "
                + "where member_id = ? and data_type = ?").params(items, member.value(), dataType).update();
    }

    /** The data type is complete up to {@code lastUpdate}: the next run starts from there, at offset 0. */
    public void finished(MemberId member, String dataType, long lastUpdate, Instant now) {
        ensureCursor(member, dataType);
        jdbc.sql("update sync_cursor set last_update = ?, resume_offset = 0, resume_newest = 0, finished = ?, "
                + "finished_at = ? where member_id = ? and data_type = ?")
                .params(lastUpdate, true, ts(now), member.value(), dataType).update();
    }

    /** When the data type last finished a run, if it ever did. */
    public Optional<Instant> finishedAt(MemberId member, String dataType) {
        return jdbc.sql("select finished_at from sync_cursor where member_id = ? and data_type = ?")
                .params(member.value(), dataType).query((rs, n) -> instant(rs.getTimestamp(1))).optional();
    }

    /** At the start of a run: the per-type counters start again (checkpoints stay). */
    /** A run's data types start unfinished, their counts from zero unless {@code keepCounts} (a run taken over). */
    void resetRunCounters(MemberId member, String onlyDataType, boolean keepCounts) {
        String set = keepCounts ? "finished = ?" : "pages_fetched = 0, items_stored = 0, finished = ?";
        if (onlyDataType == null) {
            jdbc.sql("update sync_cursor set " + set + " where member_id = ?").params(false, member.value()).update();
        } else {
            jdbc.sql("update sync_cursor set " + set + " where member_id = ? and data_type = ?")
                    .params(false, member.value(), onlyDataType).update();
        }
    }

    public Map<String, SyncStatus.DataTypeProgress> byDataType(MemberId member) {
        var result = new LinkedHashMap<String, SyncStatus.DataTypeProgress>();
        jdbc.sql("select data_type, " + CURSOR_COLUMNS + " from sync_cursor where member_id = ? order by data_type")
                .param(member.value())
                .query((rs, n) -> result.put(rs.getString(1), progress(rs, 2)))
                .list();
        return result;
    }

    /** A data type's progress from the {@link #CURSOR_COLUMNS}, the first of them at {@code column}. */
    private static SyncStatus.DataTypeProgress progress(ResultSet rs, int column) throws SQLException {
        long lastUpdate = rs.getLong(column + 3);
        return new SyncStatus.DataTypeProgress(rs.getInt(column), rs.getLong(column + 1), rs.getBoolean(column + 2),
                lastUpdate == 0 ? null : Instant.ofEpochSecond(lastUpdate));
    }

    private void ensureCursor(MemberId member, String dataType) {
        Integer exists = jdbc.sql("select count(*) from sync_cursor where member_id = ? and data_type = ?")
                .params(member.value(), dataType).query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("insert into sync_cursor (member_id, data_type, last_update) values (?, ?, 0)")
                    .params(member.value(), dataType).update();
        }
    }

    /** A data type's cursor and resume point. */
    public record Checkpoint(long cursor, int resumeOffset, long resumeNewest) {
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
