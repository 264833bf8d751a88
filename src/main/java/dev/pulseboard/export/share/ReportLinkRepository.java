package dev.pulseboard.export.share;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.measure.BpGuideline;

/** Report links, found by the SHA-256 of their token (the token itself is never stored). */
@Repository
class ReportLinkRepository {

    private static final String COLUMNS = "l.id, l.member_id, m.household_id, l.label, l.first_day, l.last_day, "
            + "l.guideline, l.created_at, l.expires_at, l.revoked_at, l.opened_count, l.last_opened_at "
            + "from report_link l join member m on m.id = l.member_id";

    private final JdbcClient jdbc;

    ReportLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ReportLink link, String tokenHash, Long createdBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into report_link (member_id, token_hash, label, first_day, last_day, guideline, created_by, "
                + "created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(link.memberId().value(), tokenHash, link.label(), Date.valueOf(link.firstDay()),
                        Date.valueOf(link.lastDay()), link.guideline().name(), createdBy,
                        Timestamp.from(link.createdAt()), Timestamp.from(link.expiresAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<ReportLink> byTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " where l.token_hash = ?").param(tokenHash)
                .query(ReportLinkRepository::link).optional();
    }

    Optional<ReportLink> find(MemberId member, long id) {
        return jdbc.sql("select " + COLUMNS + " where l.member_id = ? and l.id = ?")
                .params(member.value(), id).query(ReportLinkRepository::link).optional();
    }

    /** The member's links that still open at {@code now}, the newest first. */
    List<ReportLink> open(MemberId member, Instant now) {
        return jdbc.sql("select " + COLUMNS + " where l.member_id = ? and l.revoked_at is null "
                + "and l.expires_at > ? order by l.created_at desc, l.id desc")
                .params(member.value(), Timestamp.from(now)).query(ReportLinkRepository::link).list();
    }

    /** Counts an opening at {@code now}. */
    void opened(long id, Instant now) {
        jdbc.sql("update report_link set opened_count = opened_count + 1, last_opened_at = ? where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    boolean revoke(MemberId member, long id, Instant now) {
        return jdbc.sql("update report_link set revoked_at = ? where member_id = ? and id = ? and revoked_at is null")
                .params(Timestamp.from(now), member.value(), id).update() == 1;
    }

    private static ReportLink link(ResultSet rs, int row) throws SQLException {
        return new ReportLink(rs.getLong("id"), MemberId.of(rs.getLong("member_id")),
                HouseholdId.of(rs.getLong("household_id")), rs.getString("label"),
                rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate(),
                BpGuideline.parse(rs.getString("guideline")).orElse(BpGuideline.ESH_2023),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
                rs.getInt("opened_count"), instant(rs, "last_opened_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
