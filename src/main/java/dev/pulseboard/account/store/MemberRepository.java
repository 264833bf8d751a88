package dev.pulseboard.account.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.pulseboard.account.Member;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

@Repository
public class MemberRepository {

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Member> findAll(HouseholdId household) {
        return jdbc.sql("select * from member where household_id = ? order by id").param(household.value())
                .query(MemberRepository::map).list().stream().sorted(NameOrder.by(Member::name)).toList();
    }

    public Optional<Member> find(HouseholdId household, MemberId id) {
        return jdbc.sql("select * from member where household_id = ? and id = ?")
                .params(household.value(), id.value()).query(MemberRepository::map).optional();
    }

    public Member insert(HouseholdId household, String name, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into member (household_id, name, created_at) values (?, ?, ?)")
                .params(household.value(), name, Timestamp.from(now)).update(keys, "id");
        return new Member(MemberId.of(keys.getKey().longValue()), household, name, now, null, null);
    }

    public void rename(MemberId id, String name) {
        jdbc.sql("update member set name = ? where id = ?").params(name, id.value()).update();
    }

    public void birthDate(MemberId id, LocalDate birthDate) {
        jdbc.sql("update member set birth_date = ? where id = ?").params(birthDate, id.value()).update();
    }

    public void reportNote(MemberId id, String note) {
        jdbc.sql("update member set report_note = ? where id = ?").params(note, id.value()).update();
    }

    public void delete(MemberId id) {
        jdbc.sql("delete from member where id = ?").param(id.value()).update();
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        return new Member(MemberId.of(rs.getLong("id")), HouseholdId.of(rs.getLong("household_id")),
                rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
                rs.getObject("birth_date", LocalDate.class), rs.getString("report_note"));
    }
}
