package dev.pulseboard.connection.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/**
 * The household's record of Withings link changes (connect, reconnect, disconnect, erase, links that Withings
 * ended), of who may sign in and see what (invitations, grants, roles, passwords, lock-outs, API tokens), of who a
 * member is (added, renamed, date of birth), of what came in and left Pulseboard (archive imports; exports and
 * doctor's reports: who took whose data) and of backups. Written in the same transaction as the change it records.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(HouseholdId household, Long userId, MemberId member, Action action, String detail) {
        jdbc.sql("insert into audit_event (household_id, user_id, user_label, member_id, member_name, action, "
                + "detail, at) values (?, ?, (select name || ' <' || email || '>' from app_user where id = ?), ?, "
                + "(select name from member where id = ?), ?, ?, ?)")
                .params(household.value(), userId, userId, member == null ? null : member.value(),
                        member == null ? null : member.value(), action.name(), detail,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** When the member's latest entry of this kind was recorded, if there is one. */
    public Optional<Instant> lastAt(MemberId member, Action action) {
        return jdbc.sql("select max(at) from audit_event where member_id = ? and action = ?")
                .params(member.value(), action.name()).query((rs, n) -> rs.getTimestamp(1)).list().stream()
                .filter(at -> at != null).findFirst().map(Timestamp::toInstant);
    }

    /** The detail of the member's latest link (connected or reconnected): the Withings user linked then. */
    public Optional<String> lastLinkDetail(MemberId member) {
        return jdbc.sql("select detail from audit_event where member_id = ? and action in (?, ?) "
                + "order by at desc, id desc fetch first 1 rows only")
                .params(member.value(), Action.CONNECTED.name(), Action.RECONNECTED.name())
                .query(String.class).list().stream().filter(d -> d != null).findFirst();
    }

    /** The household's newest entries first. */
    public List<Entry> recent(HouseholdId household, int limit) {
        // A login removed since: its name and address as they were, said to be removed (null is Pulseboard).
        return jdbc.sql("select e.at, e.action, e.detail, e.member_id, e.member_name, case when u.id is not null "
                + "then u.name when e.user_label is not null then e.user_label || ' (login removed)' end as user_name "
                + "from audit_event e left join app_user u on u.id = e.user_id where e.household_id = ? "
                + "order by e.at desc, e.id desc fetch first " + Math.max(1, Math.min(limit, 1000)) + " rows only")
                .param(household.value())
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), Action.valueOf(rs.getString("action")),
                        rs.getString("detail"), memberOf(rs.getLong("member_id")), rs.getString("member_name"),
                        rs.getString("user_name")))
                .list();
    }

    /** The household's changes of access, recorded as they happen. */
    @EventListener
    void on(HouseholdChanged event) {
        record(event.household(), event.byUserId(), event.member(), Action.valueOf(event.change().name()),
                event.detail());
    }

    /** What happened: to a member's link, or to who may sign in and see what. */
    public enum Action {
        CONNECTED, RECONNECTED, DISCONNECTED, ERASED, REVOKED_BY_WITHINGS, REMOVED, INVITATION_CREATED,
        INVITATION_ACCEPTED, INVITATION_REVOKED, GRANT_GIVEN, GRANT_REVOKED, GRANT_EXPIRED, ROLE_CHANGED, PASSWORD_RESET,
        PASSWORD_CHANGED, USER_REMOVED, SIGN_IN_LOCKED,
        SIGN_IN_REFUSED, IDENTITY_LINKED, READING_ASSIGNED, READING_DISCARDED, LOGIN_LINKED, LOGIN_UNLINKED,
        EXPORTED, REPORT_MADE, MEMBER_ADDED, MEMBER_RENAMED, BIRTH_DATE_CHANGED, TOKEN_CREATED, TOKEN_REVOKED, IMPORTED,
        BACKUP_REQUESTED, REPORT_NOTE_CHANGED, RESTORED, DEMO_LINK_ENDED, REPORT_LINK_MADE, REPORT_LINK_OPENED,
        REPORT_LINK_REVOKED
    }

    /** Entries about no member (an invitation for a new one, a refused sign-in) store 0: none, null in answers. */
    private static Long memberOf(long stored) {
        return stored == 0 ? null : stored;
    }

    /**
     * One line of the audit log; {@code memberId} is null when it is about no member, {@code userName} when
     * Pulseboard or Withings acted ("Max &lt;max@example.org&gt; (login removed)" for a login removed since).
     */
    public record Entry(Instant at, Action action, String detail, Long memberId, @Nullable String memberName,
            @Nullable String userName) {
    }
}
