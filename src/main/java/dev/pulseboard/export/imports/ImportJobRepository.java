package dev.pulseboard.export.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.MemberId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ImportJobRepository {

    private static final TypeReference<List<FileReport>> REPORTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(String id, MemberId member, String owner, Instant now) {
        jdbc.sql("insert into import_job (id, member_id, state, report, created_at, owner, heartbeat_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, member.value(), ImportStatus.RUNNING, "[]", Timestamp.from(now), owner, Timestamp.from(now))
                .update();
    }

    /** The running imports this instance owns are alive at {@code now}. */
    void heartbeat(Collection<String> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update import_job set heartbeat_at = :now where state = :running and id in (:ids)")
                    .param("now", Timestamp.from(now)).param("running", ImportStatus.RUNNING).param("ids", ids)
                    .update();
        }
    }

    /** Imports still RUNNING whose owner has not said so since {@code staleBefore}: their ids and owners. */
    List<Abandoned> abandoned(Instant staleBefore) {
        return jdbc.sql("select id, owner, coalesce(heartbeat_at, created_at) as last_seen from import_job "
                + "where state = ? and coalesce(heartbeat_at, created_at) < ?")
                .params(ImportStatus.RUNNING, Timestamp.from(staleBefore))
                .query((rs, n) -> new Abandoned(rs.getString("id"), rs.getString("owner"),
                        rs.getTimestamp("last_seen").toInstant()))
                .list();
    }

    /** Fails one abandoned import, unless its owner came back to life or finished it meanwhile. */
    boolean failAbandoned(String id, Instant staleBefore, String error, Instant now) {
        return jdbc.sql("update import_job set state = ?, error = ?, finished_at = ? where id = ? and state = ? "
                + "and coalesce(heartbeat_at, created_at) < ?")
                .params(ImportStatus.FAILED, error, Timestamp.from(now), id, ImportStatus.RUNNING,
                        Timestamp.from(staleBefore))
                .update() == 1;
    }

    record Abandoned(String id, String owner, Instant lastSeen) {
    }

    void progress(String id, List<FileReport> files) {
        jdbc.sql("update import_job set report = ? where id = ?").params(json.writeValueAsString(files), id).update();
    }

    void finish(String id, String state, List<FileReport> files, String error, Instant now) {
        jdbc.sql("update import_job set state = ?, report = ?, error = ?, finished_at = ? where id = ?")
                .params(state, json.writeValueAsString(files), error, Timestamp.from(now), id).update();
    }

    Optional<ImportStatus> find(MemberId member, String id) {
        return jdbc.sql("select id, state, report, error from import_job where id = ? and member_id = ?")
                .params(id, member.value())
                .query((rs, n) -> new ImportStatus(rs.getString("id"), rs.getString("state"),
                        json.readValue(rs.getString("report"), REPORTS), rs.getString("error")))
                .optional();
    }
}
