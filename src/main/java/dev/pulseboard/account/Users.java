package dev.pulseboard.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.store.MemberRepository;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/**
 * The household's logins, as an administrator manages them: list, change a role (never the last administrator),
 * reset a password (the user chooses a new one at their next sign-in), remove (their member and data stay). And a
 * user's change of their own password.
 */
@Service
public class Users {

    private final UserRepository users;
    private final MemberRepository memberRows;
    private final PersonalAccessTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Users(UserRepository users, MemberRepository memberRows, PersonalAccessTokens tokens,
            PasswordEncoder passwordEncoder, SignInThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.memberRows = memberRows;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** Refuses anyone but an administrator (as the database knows them now). */
    public CurrentUser requireAdmin(CurrentUser user) {
        CurrentUser current = user == null ? null : users.findById(user.userId()).orElse(null);
        if (current == null || !current.isAdmin()) {
            throw new AccountException(AccountException.Reason.FORBIDDEN,
                    "Only an administrator of the household may do this.");
        }
        return current;
    }

    /** The signed-in user as the database knows them now. */
    public CurrentUser me(CurrentUser user) {
        return users.findById(user.userId()).orElseThrow(() -> new AccountException(
                AccountException.Reason.NOT_FOUND, "Your login no longer exists."));
    }

    /**
     * The user's own name, as the household sees it (the header, People, the audit log); a typo made at set-up or
     * in an invitation is not there for good.
     */
    @Transactional
    public CurrentUser rename(CurrentUser user, String name) {
        CurrentUser me = me(user);
        users.updateName(me.userId(), freeName(me.householdId(), me.userId(), me.memberId(), name));
        return me(user);
    }

    /**
     * The login's name, cleaned, unless another login of the household has it, or a member other than the login's
     * own ({@code ownMember}, null for none) does (ignoring case): the sharing page's picker, the cards ("Shared with
     * you by ...") and the audit log tell logins apart by their names, and a login called as another member would
     * have that member's family share with the wrong person. Refused at the field {@code name}.
     */
    public String freeName(HouseholdId household, Long self, MemberId ownMember, String name) {
        String clean = Validation.name(name, "name");
        Optional<CurrentUser> other = called(household, clean).filter(u -> self == null || u.userId() != self);
        if (other.isPresent()) {
            throw AccountException.invalid("name", "Another login of the household is called " + other.get().name()
                    + ": choose another name.");
        }
        if (otherMembersNames(household, ownMember).contains(clean.toLowerCase(Locale.ROOT))) {
            throw AccountException.invalid("name", "A member of the household is called " + clean + ": a login's "
                    + "name is its own member's or one no other member has, so that nobody shares with the wrong "
                    + "person. Choose another name.");
        }
        return clean;
    }

    /**
     * A name from the identity provider for a new login: numbered, "Sam (2)", when another login has it, or a member
     * other than the login's own ({@code ownMember}, null for none).
     */
    public String numberedName(HouseholdId household, MemberId ownMember, String name) {
        Set<String> taken = users.findAll(household).stream().map(u -> u.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        taken.addAll(otherMembersNames(household, ownMember));
        return Validation.numbered(Validation.name(name, "name"),
                candidate -> taken.contains(candidate.toLowerCase(Locale.ROOT)));
    }

    private Set<String> otherMembersNames(HouseholdId household, MemberId ownMember) {
        return memberRows.findAll(household).stream().filter(m -> !m.id().equals(ownMember))
                .map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private Optional<CurrentUser> called(HouseholdId household, String name) {
        return users.findAll(household).stream().filter(u -> u.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The other logins of the user's household, for choosing with whom to share (names and roles, nothing else). */
    public List<CurrentUser> household(CurrentUser user) {
        return users.findAll(me(user).householdId());
    }

    /** Every user of the household (administrators only). */
    public List<CurrentUser> list(CurrentUser admin) {
        return users.findAll(requireAdmin(admin).householdId());
    }

    @Transactional
    public CurrentUser changeRole(CurrentUser admin, long userId, CurrentUser.Role role) {
        requireAdmin(admin);
        CurrentUser target = inHousehold(admin, userId);
        if (role == null) {
            throw new AccountException(AccountException.Reason.INVALID, "Say which role: ADMIN or MEMBER.");
        }
        if (target.role() == role) {
            return target;
        }
        if (target.isAdmin() && users.countAdmins(admin.householdId()) <= 1) {
            throw new AccountException(AccountException.Reason.INVALID,
                    target.name() + " is the last administrator; make someone else administrator first.");
        }
        if (role == CurrentUser.Role.MEMBER && target.memberId() == null) {
            // A member login sees its own member and what is shared with it: with none, it would see nothing.
            throw new AccountException(AccountException.Reason.INVALID, target.name() + " is no member of the "
                    + "household yet, and a member login sees only its own: they say which member is them on "
                    + "People (This is me) first.");
        }
        users.updateRole(userId, role);
        events.publishEvent(new HouseholdChanged(admin.householdId(), admin.userId(), target.memberId(),
                HouseholdChanged.Change.ROLE_CHANGED, target.name() + ": " + target.role().name().toLowerCase()
                        + " -> " + role.name().toLowerCase()));
        return inHousehold(admin, userId);
    }

    /**
     * Sets a temporary password that the user must replace at their next sign-in; their sessions end and their API
     * tokens are revoked (a reset is what an administrator does when a login may be in someone else's hands).
     */
    @Transactional
    public void resetPassword(CurrentUser admin, long userId, String temporaryPassword) {
        requireAdmin(admin);
        CurrentUser target = inHousehold(admin, userId);
        // The People page has a field a login: the refusal says whose password it is about.
        Validation.password(temporaryPassword, "The temporary password for " + target.name());
        users.updatePassword(userId, passwordEncoder.encode(temporaryPassword), true, clock.instant());
        tokens.revokeAll(target);
        events.publishEvent(new HouseholdChanged(admin.householdId(), admin.userId(), target.memberId(),
                HouseholdChanged.Change.PASSWORD_RESET,
                "password of " + target.name() + " reset (API tokens revoked)"));
    }

    /**
     * The user's own new password. Their other sessions end (sessions compare the change time); their personal access
     * tokens are revoked unless they choose to keep them.
     */
    @Transactional
    public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword, boolean keepTokens) {
        CurrentUser withHash = checkCurrentPassword(user, currentPassword);
        Validation.password(newPassword);
        if (passwordEncoder.matches(newPassword, withHash.getPassword())) {
            throw AccountException.invalid("password", "Choose a password different from the one you have now.");
        }
        users.updatePassword(user.userId(), passwordEncoder.encode(newPassword), false, clock.instant());
        if (!keepTokens) {
            tokens.revokeAll(user);
        }
        events.publishEvent(new HouseholdChanged(user.householdId(), user.userId(), user.memberId(),
                HouseholdChanged.Change.PASSWORD_CHANGED, user.name() + " changed their password"
                        + (keepTokens ? " (API tokens kept)" : " (API tokens revoked)")));
    }

    /**
     * Refuses a wrong current password (field {@code current}; none is asked after an administrator's reset), or a
     * login that has no Pulseboard password; so that a form can say it next to its other mistakes.
     */
    public CurrentUser checkCurrentPassword(CurrentUser user, String currentPassword) {
        CurrentUser withHash = users.findByEmail(user.email()).orElseThrow();
        if (withHash.getPassword() == null) {
            throw new AccountException(AccountException.Reason.INVALID, "You sign in with the household's identity "
                    + "provider and have no Pulseboard password; an administrator can set one for you.");
        }
        if (withHash.mustChangePassword()) {
            return withHash;
        }
        // Counted with the sign-ins: a session left open is no way to guess the password at leisure.
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.attempt(withHash.email(), null);
        } catch (SignInThrottle.Throttled e) {
            throw AccountException.invalid("current",
                    "Too many wrong passwords: try again in " + e.waitInWords() + ".");
        }
        if (currentPassword == null || !Validation.fitsHash(currentPassword)
                || !passwordEncoder.matches(currentPassword, withHash.getPassword())) {
            if (attempt.lockedAccount()) {
                events.publishEvent(new HouseholdChanged(user.householdId(), user.userId(), user.memberId(),
                        HouseholdChanged.Change.SIGN_IN_LOCKED, "sign-in for " + withHash.email() + " locked after "
                                + SignInThrottle.ACCOUNT_LIMIT
                                + " failed attempts (the current password on Settings)"));
            }
            throw AccountException.invalid("current", "The current password is not right.");
        }
        throttle.succeeded(attempt);
        return withHash;
    }

    /** Removes a login; the member it was linked to, and that member's data, stay. */
    @Transactional
    public void remove(CurrentUser admin, long userId) {
        requireAdmin(admin);
        CurrentUser target = inHousehold(admin, userId);
        if (target.isAdmin() && users.countAdmins(admin.householdId()) <= 1) {
            throw new AccountException(AccountException.Reason.INVALID,
                    target.name() + " is the last administrator and cannot be removed.");
        }
        users.delete(userId);
        events.publishEvent(new HouseholdChanged(admin.householdId(), admin.userId(), target.memberId(),
                HouseholdChanged.Change.USER_REMOVED, target.name() + " <" + target.email() + "> removed"));
    }

    private CurrentUser inHousehold(CurrentUser admin, long userId) {
        return users.findById(userId).filter(u -> u.householdId().equals(admin.householdId()))
                .orElseThrow(() -> new AccountException(AccountException.Reason.NOT_FOUND,
                        "There is no user " + userId + " in your household."));
    }
}
