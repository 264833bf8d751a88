package dev.pulseboard.account.household;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.Members;
import dev.pulseboard.account.Users;
import dev.pulseboard.account.store.InvitationRepository;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.core.MemberId;

/**
 * Which member an administrator is. A member user's login is made for their member by the invitation; the
 * administrator who set the household up had no member then, and added their own like anyone else's. Linking says
 * "this one is me": their pages call it "You", and it is no longer offered to invitations (pending ones for it are
 * withdrawn). An administrator sees every member either way; a member user's link cannot be undone here (without it
 * they would see nothing).
 */
@Service
public class OwnMember {

    private final Users users;
    private final Members members;
    private final UserRepository logins;
    private final InvitationRepository invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OwnMember(Users users, Members members, UserRepository logins, InvitationRepository invitations,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.members = members;
        this.logins = logins;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** Links the administrator's login to the member, a member of the household without a login of their own. */
    @Transactional
    public CurrentUser link(CurrentUser user, MemberId member) {
        CurrentUser admin = users.requireAdmin(user);
        Member chosen = members.get(admin.householdId(), member);
        if (member.equals(admin.memberId())) {
            return admin;
        }
        if (admin.memberId() != null) {
            throw AccountException.invalid("member", "Your login is already "
                    + members.get(admin.householdId(), admin.memberId()).name() + "; say it is not you first.");
        }
        if (logins.userOfMember(member).isPresent()) {
            throw AccountException.invalid("member", chosen.name() + " has a login of their own.");
        }
        try {
            if (!logins.linkMember(admin.userId(), member)) {
                throw AccountException.invalid("member", "Your login was linked to a member a moment ago; reload "
                        + "the page.");
            }
        } catch (DuplicateKeyException e) {
            throw AccountException.invalid("member", chosen.name() + " has a login of their own.");
        }
        int withdrawn = invitations.revokePendingFor(member, clock.instant());
        // Names only (at most 100 characters each), so that the line fits the audit log's 500.
        events.publishEvent(new HouseholdChanged(admin.householdId(), admin.userId(), member,
                HouseholdChanged.Change.LOGIN_LINKED, admin.name() + " is member " + chosen.name()
                        + (withdrawn == 0 ? "" : "; " + withdrawn + " pending invitation" + (withdrawn == 1 ? "" : "s")
                                + " for the member withdrawn")));
        return users.me(user);
    }

    /**
     * Adds a member who is the administrator ("This is me" on the household page), in one transaction: when the link
     * is refused, the member is not added either. Refused at the name field.
     */
    @Transactional
    public Member addSelf(CurrentUser user, String name) {
        CurrentUser admin = users.requireAdmin(user);
        if (admin.memberId() != null) {
            throw AccountException.invalid("name", "Your login is already "
                    + members.get(admin.householdId(), admin.memberId()).name() + ": add this member without "
                    + "\u201cThis is me\u201d, or say on People that that member is not you.");
        }
        Member added = members.add(admin, name);
        link(user, added.id());
        return added;
    }

    /** Undoes {@link #link}: the administrator's login is no member's (the member and their data stay). */
    @Transactional
    public CurrentUser unlink(CurrentUser user) {
        CurrentUser admin = users.requireAdmin(user);
        if (admin.memberId() == null) {
            return admin;
        }
        logins.unlinkMember(admin.userId());
        events.publishEvent(new HouseholdChanged(admin.householdId(), admin.userId(), admin.memberId(),
                HouseholdChanged.Change.LOGIN_UNLINKED, admin.name() + " is no longer member "
                        + members.get(admin.householdId(), admin.memberId()).name()));
        return users.me(user);
    }
}
