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

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.household.Invitation;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/** Invitations, by the SHA-256 of their token (the token itself is never stored). */
@Repository
public class InvitationRepository {

    private static final String SELECT = "select i.id, i.household_id, i.member_id, coalesce(m.name, i.member_name) "
            + "member_name, i.role, i.created_at, i.expires_at, i.accepted_at, i.revoked_at from invitation i "
            + "left join member m on m.id = i.member_id ";

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored invitation with its household, as the acceptance needs it. */
    public record Stored(HouseholdId household, Invitation invitation) {
    }

    public long insert(HouseholdId household, String tokenHash, MemberId member, String memberName,
            CurrentUser.Role role, long createdBy, Instant now, Instant expires) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into invitation (household_id, token_hash, member_id, member_name, role, created_by, "
                + "created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(household.value(), tokenHash, member == null ? null : member.value(), memberName,
                        role.name(), createdBy, Timestamp.from(now), Timestamp.from(expires))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Invitation> findAll(HouseholdId household, Instant now) {
        return jdbc.sql(SELECT + "where i.household_id = ? order by i.created_at desc, i.id desc")
                .param(household.value()).query((rs, n) -> map(rs, now).invitation()).list();
    }

    public Optional<Invitation> find(HouseholdId household, long id, Instant now) {
        return jdbc.sql(SELECT + "where i.household_id = ? and i.id = ?").params(household.value(), id)
                .query((rs, n) -> map(rs, now).invitation()).optional();
    }

    public Optional<Stored> findByTokenHash(String tokenHash, Instant now) {
        return jdbc.sql(SELECT + "where i.token_hash = ?").param(tokenHash).query((rs, n) -> map(rs, now))
                .optional();
    }

    /** Marks a pending invitation used; false when another acceptance (or a revocation) came first. */
    public boolean markAccepted(long id, long userId, Instant now) {
        return jdbc.sql("update invitation set accepted_at = ?, accepted_by = ? where id = ? and accepted_at is null "
                + "and revoked_at is null and expires_at > ?")
                .params(Timestamp.from(now), userId, id, Timestamp.from(now)).update() == 1;
    }

    public boolean revoke(long id, Instant now) {
        return jdbc.sql("update invitation set revoked_at = ? where id = ? and accepted_at is null and revoked_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }

    /** Withdraws every pending invitation for the member (once one of them made the member's login). */
    public int revokePendingFor(MemberId member, Instant now) {
        // Pending: not used, not revoked, not expired (an expired one is not counted as withdrawn).
        return jdbc.sql("update invitation set revoked_at = ? where member_id = ? and accepted_at is null"
                + " and revoked_at is null and expires_at > ?").params(Timestamp.from(now), member.value(),
                        Timestamp.from(now)).update();
    }

    private static Stored map(ResultSet rs, Instant now) throws SQLException {
        long member = rs.getLong("member_id");
        MemberId memberId = rs.wasNull() ? null : MemberId.of(member);
        Instant expires = rs.getTimestamp("expires_at").toInstant();
        Invitation.State state = rs.getTimestamp("accepted_at") != null ? Invitation.State.ACCEPTED
                : rs.getTimestamp("revoked_at") != null ? Invitation.State.REVOKED
                : !expires.isAfter(now) ? Invitation.State.EXPIRED : Invitation.State.PENDING;
        return new Stored(HouseholdId.of(rs.getLong("household_id")), new Invitation(rs.getLong("id"), memberId,
                rs.getString("member_name"), CurrentUser.Role.valueOf(rs.getString("role")),
                rs.getTimestamp("created_at").toInstant(), expires, state));
    }
}
