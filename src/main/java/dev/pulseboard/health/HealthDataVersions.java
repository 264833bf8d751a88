package dev.pulseboard.health;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.pulseboard.core.MemberId;

/**
 * A number per member that changes whenever the member's health data does: every write of the health store (sync,
 * archive import, shared-scale decisions, erase) raises it in its own transaction, after the rows it wrote. What
 * was built from a member's data under one number is still right while the number is the same, on every instance
 * (it lives in the database).
 */
@Service
public class HealthDataVersions {

    private static final String RAISE = "merge into member_data_version t using (values (cast(? as bigint))) as s "
            + "(member_id) on t.member_id = s.member_id when matched then update set version = t.version + 1 "
            + "when not matched then insert (member_id, version) values (s.member_id, 1)";

    private final JdbcClient jdbc;

    HealthDataVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Called by the health store after it changed the member's data (inside the writing transaction). */
    public void changed(MemberId member) {
        jdbc.sql(RAISE).param(member.value()).update();
    }

    /** The member's current number: 0 means no health data was ever written for the member. */
    public long of(MemberId member) {
        return jdbc.sql("select version from member_data_version where member_id = ?").param(member.value())
                .query(Long.class).optional().orElse(0L);
    }

    /** The current numbers of several members at once (0 for those never written). */
    public Map<MemberId, Long> of(Collection<MemberId> members) {
        Map<MemberId, Long> versions = new HashMap<>();
        members.forEach(m -> versions.put(m, 0L));
        if (members.isEmpty()) {
            return versions;
        }
        String marks = members.stream().map(m -> "?").collect(Collectors.joining(", "));
        jdbc.sql("select member_id, version from member_data_version where member_id in (" + marks + ")")
                .params(members.stream().map(MemberId::value).toList())
                .query((RowCallbackHandler) rs -> versions.put(MemberId.of(rs.getLong(1)), rs.getLong(2)));
        return versions;
    }
}
