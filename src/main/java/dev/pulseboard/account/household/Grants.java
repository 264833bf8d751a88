package dev.pulseboard.account.household;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.account.store.GrantRepository;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Zones;

/**
 * Sharing: a member's own user (or an administrator) lets another user of the household see (VIEW) or also
 * manage (MANAGE) the member's data, until an optional end; revoked at any time. An expired grant stops at once
 * (every check compares its end with the clock).
 */
@Service
public class Grants {

    /** As the audit log's "When (UTC)" column writes its times. */
    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LAST_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final GrantRepository grants;
    private final UserRepository users;
    private final MemberAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Grants(GrantRepository grants, UserRepository users, MemberAccess access, ApplicationEventPublisher events,
            Clock clock) {
        this.grants = grants;
        this.users = users;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The active grants on a member, for the member's own user and administrators. */
    public List<Grant> list(CurrentUser user, MemberId memberId) {
        Member member = access.sharing(user, memberId);
        return grants.activeOn(member.id(), clock.instant());
    }

    /** The active grants the user holds, for their overview ("shared with you by ..."). */
    public List<Grant> heldBy(CurrentUser user) {
        return grants.activeFor(user.userId(), clock.instant());
    }

    /** A grant whose end, if any, the audit log words in UTC. */
    @Transactional
    public Grant give(CurrentUser user, MemberId memberId, long granteeId, Access level, Instant until) {
        return give(user, memberId, granteeId, level, until, ZoneOffset.UTC);
    }

    /**
     * A grant; its end, if any, is worded in the audit log as the sharing page shows it: the member's last day of
     * access in {@code memberZone}, then the instant it ends in UTC. A refusal names the sharing page's field it is
     * about: {@code userId}, {@code level} or {@code until}.
     */
    @Transactional
    public Grant give(CurrentUser user, MemberId memberId, long granteeId, Access level, Instant until,
            ZoneId memberZone) {
        Member member = access.sharing(user, memberId);
        grants.lockMember(member.id());
        if (level == null) {
            throw AccountException.invalid("level", "Say what the grant allows: VIEW or MANAGE.");
        }
        Instant now = clock.instant();
        if (until != null && !until.isAfter(now)) {
            throw AccountException.invalid("until",
                    "A grant must end in the future: a last day of today or later, or an instant still ahead.");
        }
        if (granteeId == user.userId()) {
            throw aboutGrantee("You cannot grant access to yourself.");
        }
        CurrentUser grantee = users.findById(granteeId)
                .filter(u -> u.householdId().equals(user.householdId()))
                .orElseThrow(() -> aboutGrantee("There is no user " + granteeId + " in your household."));
        if (grantee.isAdmin()) {
            throw aboutGrantee(grantee.name() + " is an administrator and already sees every member.");
        }
        if (member.id().equals(grantee.memberId())) {
            throw aboutGrantee(grantee.name() + " is " + member.name() + " and already sees their own data.");
        }
        // One grant per grantee and member: a new one replaces what they held, so that revoking it ends their access.
        List<Grant> replaced = grants.activeOn(member.id(), now).stream().filter(g -> g.granteeId() == granteeId)
                .toList();
        replaced.forEach(g -> grants.revoke(g.id(), now));
        long id = grants.insert(member.id(), granteeId, level, until, user.userId(), now);
        events.publishEvent(new HouseholdChanged(user.householdId(), user.userId(), member.id(),
                HouseholdChanged.Change.GRANT_GIVEN, level.name().toLowerCase() + " access to " + member.name()
                        + " for " + grantee.name() + (until == null ? "" : ", last day "
                                + LAST_DAY.format(until.minusSeconds(1).atZone(memberZone)) + " ("
                                + Zones.byName(memberZone).getId() + "; ends " + AUDIT_TIME.format(until) + ")")
                        + (replaced.isEmpty() ? "" : " (replacing the grant they held)")));
        return grants.find(member.id(), id).orElseThrow();
    }

    @Transactional
    public void revoke(CurrentUser user, MemberId memberId, long grantId) {
        Member member = access.sharing(user, memberId);
        Grant grant = grants.find(member.id(), grantId)
                .orElseThrow(() -> new AccountException(AccountException.Reason.NOT_FOUND,
                        "There is no grant " + grantId + " on this member."));
        // Every grant the grantee holds on the member ends: revoking is to stop their access.
        grants.revokeAll(member.id(), grant.granteeId(), clock.instant());
        events.publishEvent(new HouseholdChanged(user.householdId(), user.userId(), member.id(),
                HouseholdChanged.Change.GRANT_REVOKED, grant.access().name().toLowerCase() + " access to "
                        + member.name() + " for " + grant.granteeName()));
    }

    /**
     * The grantee ends their own grant on the member ("stop seeing"): only the member's own login or an administrator
     * can share it again.
     */
    @Transactional
    public void giveUp(CurrentUser user, MemberId memberId) {
        MemberAccess.Visibility visibility = access.heldGrant(user, memberId);
        Member member = visibility.member();
        Grant grant = visibility.grant();
        grants.revokeAll(member.id(), user.userId(), clock.instant());
        events.publishEvent(new HouseholdChanged(user.householdId(), user.userId(), member.id(),
                HouseholdChanged.Change.GRANT_REVOKED, grant.access().name().toLowerCase() + " access to "
                        + member.name() + " for " + grant.granteeName() + " (given up by them)"));
    }

    /** A refusal about the grantee: the sharing page's field {@code userId}. */
    private static AccountException aboutGrantee(String message) {
        return AccountException.invalid("userId", message);
    }
}
