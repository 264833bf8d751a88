package dev.pulseboard.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.pulseboard.account.household.Grant;
import dev.pulseboard.account.store.GrantRepository;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.core.MemberId;

/**
 * The one permission check: may this user see, or manage, this member? Pages, the API, exports and the triggers of
 * jobs ask it before they read or change a member's data. An administrator sees and manages every member of the
 * household; a member user their own member; a grantee what the grant says, until it ends. What a user may not see
 * is indistinguishable from what does not exist ({@link AccountException.Reason#NOT_FOUND}); what they may see but
 * not change is {@link AccountException.Reason#FORBIDDEN}, with the reason.
 *
 * <p>The role and the member link are read from the database on every check, so a change (a role taken away, a
 * user removed) applies to sessions and tokens already in use.
 */
@Service
public class MemberAccess {

    private static final Comparator<Grant> WIDEST = Comparator.comparing(Grant::access);
    /** The change a date of birth is, as a refusal names it ({@link #edit}). */
    public static final String BIRTH_DATE = "change {name}'s date of birth (it identifies them on a doctor's report "
            + "and decides which categories their pages show)";
    /** The note on the doctor's report, as a refusal names it ({@link #edit}). */
    public static final String REPORT_NOTE = "change the note on {name}'s blood-pressure report";
    /** Importing an archive, as a refusal names it ({@link #edit}). */
    public static final String IMPORT = "import an archive into {name}'s history";
    /** Moving or discarding a shared-scale weigh-in, as a refusal names it ({@link #edit}). */
    public static final String WEIGH_INS = "sort out {name}'s shared-scale weigh-ins";
    /** Linking a Withings account to a member whose data is kept here, as a refusal names it ({@link #edit}). */
    public static final String LINK = "link a Withings account to {name}, whose data is kept here (it may be"
            + " anyone's account)";
    /** Moving a shared-scale weigh-in into a member's history, as a refusal names it ({@link #edit}). */
    public static final String WEIGH_IN_TO = "move a shared-scale weigh-in into {name}'s history";

    private final Members members;
    private final UserRepository users;
    private final GrantRepository grants;
    private final Clock clock;

    MemberAccess(Members members, UserRepository users, GrantRepository grants, Clock clock) {
        this.members = members;
        this.users = users;
        this.grants = grants;
        this.clock = clock;
    }

    /** Why a user sees a member: their own, as administrator, or through a grant (with its end). */
    public record Visibility(Member member, Reason reason, Grant grant) {

        public boolean mayManage() {
            return reason != Reason.GRANT || grant.access().allowsChanges();
        }

        /**
         * Whether the user may change who the member is or what is kept of them (rename, date of birth, erase,
         * import, sort out shared-scale weigh-ins), and who sees them: the member's own login or an administrator.
         */
        public boolean mayEdit() {
            return reason != Reason.GRANT;
        }
    }

    /** The ground of a user's access to a member. */
    public enum Reason {
        SELF, ADMIN, GRANT
    }

    /** Why the user sees the member (own, administrator, grant), or NOT_FOUND. */
    public Visibility visibility(CurrentUser user, MemberId id) {
        return find(user, id).orElseThrow(() -> notFound(id));
    }

    /** The member if the user may see their data; otherwise NOT_FOUND. */
    public Member view(CurrentUser user, MemberId id) {
        return visibility(user, id).member();
    }

    /** The member if the user may also change it (sync, connect, disconnect, erase); FORBIDDEN if they may only see it. */
    public Member manage(CurrentUser user, MemberId id) {
        Visibility visibility = visibility(user, id);
        refuseChanges(user, visibility);
        return visibility.member();
    }

    private void refuseChanges(CurrentUser user, Visibility visibility) {
        if (user.readOnly()) {
            throw new AccountException(AccountException.Reason.FORBIDDEN,
                    "This personal access token is read-only; use a token that may make changes.");
        }
        if (!visibility.mayManage()) {
            throw new AccountException(AccountException.Reason.FORBIDDEN, visibility.member().name()
                    + "'s data is shared with you to view only; " + whoDecides(visibility.member())
                    + " may give you manage access to change it.");
        }
    }

    /** The member if the user may decide who else sees it: its own user or an administrator. */
    public Member share(CurrentUser user, MemberId id) {
        Visibility visibility = visibility(user, id);
        refuseReadOnly(user, visibility.member());
        return decider(visibility);
    }

    /**
     * The member if the user may read who else sees it: who may {@link #share} it, also through a read-only token
     * (a read).
     */
    public Member sharing(CurrentUser user, MemberId id) {
        return decider(visibility(user, id));
    }

    private Member decider(Visibility visibility) {
        if (!visibility.mayEdit()) {
            throw new AccountException(AccountException.Reason.FORBIDDEN, "Only " + whoDecides(visibility.member())
                    + " decides who sees this member.");
        }
        return visibility.member();
    }

    /**
     * The member if the user may change who they are or what is kept of them: rename them, set their date of birth
     * (it identifies them on a doctor's report), delete their readings, import an archive into them or move their
     * shared-scale weigh-ins. Their own login or an administrator; a manage grant syncs, connects and disconnects,
     * nothing of this. {@code what} names the change for the refusal ("delete Sam's readings").
     */
    public Member edit(CurrentUser user, MemberId id, String what) {
        Visibility visibility = visibility(user, id);
        editor(visibility, what);
        refuseChanges(user, visibility);
        return visibility.member();
    }

    /**
     * The member if the user may {@link #edit} it, for reading what only its editors see (an import's report): a
     * read-only token may.
     */
    public Member editorRead(CurrentUser user, MemberId id, String what) {
        return editor(visibility(user, id), what);
    }

    private Member editor(Visibility visibility, String what) {
        Member member = visibility.member();
        if (!visibility.mayEdit()) {
            // Whatever the share: asking for manage access would not help.
            throw new AccountException(AccountException.Reason.FORBIDDEN, "Only " + whoDecides(member) + " may "
                    + what.replace("{name}", member.name()) + ": a share, view or manage, does not let you.");
        }
        return member;
    }

    /**
     * Who decides who sees a member and how, as a refusal names them: the administrators, and the member if they
     * sign in ("an administrator or Alex"; "an administrator (Alex is one)" when Alex is one).
     */
    public String whoDecides(Member member) {
        Optional<CurrentUser> login = users.userOfMember(member.id()).flatMap(users::findById);
        if (login.isEmpty()) {
            return "an administrator";
        }
        return login.get().isAdmin() ? "an administrator (" + member.name() + " is one)"
                : "an administrator or " + member.name();
    }

    /**
     * The member as the user sees them through a grant they hold, for them to give it up; INVALID when they see the
     * member as themselves or as an administrator.
     */
    public Visibility heldGrant(CurrentUser user, MemberId id) {
        Visibility visibility = visibility(user, id);
        refuseReadOnly(user, visibility.member());
        if (visibility.reason() != Reason.GRANT) {
            throw new AccountException(AccountException.Reason.INVALID, "You see " + visibility.member().name()
                    + " as " + (visibility.reason() == Reason.SELF ? "yourself" : "an administrator")
                    + ", not by a grant: there is no grant to give up.");
        }
        return visibility;
    }

    private static void refuseReadOnly(CurrentUser user, Member member) {
        if (user.readOnly()) {
            throw new AccountException(AccountException.Reason.FORBIDDEN,
                    "A read-only token cannot change who sees " + member.name() + ".");
        }
    }

    /** Every member the user may see, in the household's order, each with why. */
    public List<Visibility> visible(CurrentUser user) {
        Optional<CurrentUser> fresh = fresh(user);
        if (fresh.isEmpty()) {
            return List.of();
        }
        CurrentUser current = fresh.get();
        List<Grant> held = current.isAdmin() ? List.of() : grants.activeFor(current.userId(), clock.instant());
        List<Visibility> out = new ArrayList<>();
        for (Member member : members.list(current.householdId())) {
            if (current.isAdmin()) {
                out.add(new Visibility(member, member.id().equals(current.memberId()) ? Reason.SELF : Reason.ADMIN,
                        null));
            } else if (member.id().equals(current.memberId())) {
                out.add(new Visibility(member, Reason.SELF, null));
            } else {
                held.stream().filter(g -> g.memberId().equals(member.id())).max(WIDEST)
                        .ifPresent(g -> out.add(new Visibility(member, Reason.GRANT, g)));
            }
        }
        return out;
    }

    private Optional<Visibility> find(CurrentUser user, MemberId id) {
        Optional<CurrentUser> fresh = fresh(user);
        Optional<Member> member = fresh.flatMap(u -> members.find(u.householdId(), id));
        if (member.isEmpty()) {
            return Optional.empty();
        }
        CurrentUser current = fresh.get();
        if (id.equals(current.memberId())) {
            return Optional.of(new Visibility(member.get(), Reason.SELF, null));
        }
        if (current.isAdmin()) {
            return Optional.of(new Visibility(member.get(), Reason.ADMIN, null));
        }
        return grants.activeFor(current.userId(), clock.instant()).stream()
                .filter(g -> g.memberId().equals(id)).max(WIDEST)
                .map(g -> new Visibility(member.get(), Reason.GRANT, g));
    }

    /** The user as the database knows them now (role, member), keeping the session's read-only flag. */
    private Optional<CurrentUser> fresh(CurrentUser user) {
        if (user == null) {
            return Optional.empty();
        }
        return users.findById(user.userId()).map(u -> user.readOnly() ? u.asReadOnly() : u);
    }

    private static AccountException notFound(MemberId id) {
        return new AccountException(AccountException.Reason.NOT_FOUND,
                "There is no member " + id + " in your household.");
    }
}
