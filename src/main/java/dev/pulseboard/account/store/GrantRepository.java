package dev.pulseboard.account.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.pulseboard.account.household.Access;
import dev.pulseboard.account.household.Grant;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/** Grants; a grant is active until it is revoked or its end passes, whichever comes first. */
@Repository
public class GrantRepository {

    private static final String SELECT = "select g.id, g.member_id, m.name member_name, g.grantee_id, "
            + "u.name grantee_name, g.access, g.valid_until, b.name granted_by_name, g.created_at from member_grant g "
            + "join member m on m.id = g.member_id join app_user u on u.id = g.grantee_id "
            + "left join app_user b on b.id = g.granted_by ";
    private static final String ACTIVE = "g.revoked_at is null and (g.valid_until is null or g.valid_until > ?) ";

    private final JdbcClient jdbc;

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(MemberId member, long grantee, Access access, Instant until, long grantedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into member_grant (member_id, grantee_id, access, valid_until, granted_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?)")
                .params(member.value(), grantee, access.name(), until == null ? null : Timestamp.from(until),
                        grantedBy, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Holds the member's row until the transaction ends, so that two grants given at once to the same user (a
     * double-click, a client's retry, two administrators) are made one after the other and the second replaces the
     * first.
     */
    public void lockMember(MemberId member) {
        jdbc.sql("select id from member where id = ? for update").param(member.value()).query(Long.class).optional();
    }

    /** Ends every grant the user holds on the member; returns how many there were. */
    public int revokeAll(MemberId member, long grantee, Instant now) {
        return jdbc.sql("update member_grant set revoked_at = ? where member_id = ? and grantee_id = ? "
                + "and revoked_at is null").params(Timestamp.from(now), member.value(), grantee).update();
    }

    /** The active grants on a member. */
    public List<Grant> activeOn(MemberId member, Instant now) {
        return jdbc.sql(SELECT + "where g.member_id = ? and " + ACTIVE + "order by g.created_at, g.id")
                .params(member.value(), Timestamp.from(now)).query(GrantRepository::map).list();
    }

    /** The active grants a user holds. */
    public List<Grant> activeFor(long grantee, Instant now) {
        return jdbc.sql(SELECT + "where g.grantee_id = ? and " + ACTIVE + "order by g.member_id, g.id")
                .params(grantee, Timestamp.from(now)).query(GrantRepository::map).list();
    }

    public Optional<Grant> find(MemberId member, long id) {
        return jdbc.sql(SELECT + "where g.member_id = ? and g.id = ? and g.revoked_at is null")
                .params(member.value(), id).query(GrantRepository::map).optional();
    }

    /** Grants whose end has passed and that the audit log has not recorded yet; marks them recorded. */
    public List<Expired> takeExpired(Instant now) {
        List<Expired> expired = jdbc.sql("select g.id, g.member_id, m.household_id, u.name grantee_name, m.name member_name, "
                + "g.access from member_grant g join member m on m.id = g.member_id join app_user u on u.id = g.grantee_id "
                + "where g.expiry_recorded = false and g.revoked_at is null and g.valid_until <= ?")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Expired(rs.getLong(1), MemberId.of(rs.getLong(2)), HouseholdId.of(rs.getLong(3)),
                        rs.getString(4), rs.getString(5), Access.valueOf(rs.getString(6))))
                .list();
        expired.forEach(e -> jdbc.sql("update member_grant set expiry_recorded = true where id = ?").param(e.id())
                .update());
        return expired;
    }

    /** A grant that ended by itself. */
    public record Expired(long id, MemberId member, HouseholdId household, String granteeName, String memberName,
            Access access) {
    }

    public void revoke(long id, Instant now) {
        jdbc.sql("update member_grant set revoked_at = ? where id = ?").params(Timestamp.from(now), id).update();
    }

    private static Grant map(ResultSet rs, int row) throws SQLException {
        Timestamp until = rs.getTimestamp("valid_until");
        return new Grant(rs.getLong("id"), MemberId.of(rs.getLong("member_id")), rs.getString("member_name"),
                rs.getLong("grantee_id"), rs.getString("grantee_name"), Access.valueOf(rs.getString("access")),
                until == null ? null : until.toInstant(), rs.getString("granted_by_name"),
                rs.getTimestamp("created_at").toInstant());
    }
}
