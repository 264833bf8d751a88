package dev.pulseboard.account;

import java.util.List;

import org.springframework.stereotype.Service;

import dev.pulseboard.core.MemberId;

/**
 * The one permission check: may this user see, or manage, this member? Pages, the API, exports and the triggers of
 * jobs ask it before they read or change a member's data. What a user may not see is indistinguishable from what
 * does not exist ({@link AccountException.Reason#NOT_FOUND}); what they may see but not change is
 * {@link AccountException.Reason#FORBIDDEN}, with the reason.
 */
@Service
public class MemberAccess {

    private final Members members;

    MemberAccess(Members members) {
        this.members = members;
    }

    /** The member if the user may see their data; otherwise NOT_FOUND. */
    public Member view(CurrentUser user, MemberId id) {
        Member member = members.get(user.householdId(), id);
        if (!user.isAdmin()) {
            throw notFound(id);
        }
        return member;
    }

    /** The member if the user may also change it (sync, connect, disconnect, erase); FORBIDDEN if they may only see it. */
    public Member manage(CurrentUser user, MemberId id) {
        return view(user, id);
    }

    /** Every member the user may see, in the household's order. */
    public List<Member> visible(CurrentUser user) {
        return user.isAdmin() ? members.list(user.householdId()) : List.of();
    }

    private static AccountException notFound(MemberId id) {
        return new AccountException(AccountException.Reason.NOT_FOUND, "There is no member " + id + " in your household.");
    }
}
