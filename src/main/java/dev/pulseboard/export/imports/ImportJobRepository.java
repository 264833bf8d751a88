package dev.pulseboard.export.imports;

import java.sql.Timestamp;
import java.time.Instant;
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

    void insert(String id, MemberId member, Instant now) {
        jdbc.sql("insert into import_job (id, member_id, state, report, created_at) values (?, ?, ?, ?, ?)")
                .params(id, member.value(), ImportStatus.RUNNING, "[]", Timestamp.from(now)).update();
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
