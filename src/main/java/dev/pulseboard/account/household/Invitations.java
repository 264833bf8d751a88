package dev.pulseboard.account.household;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.account.Identities;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.Members;
import dev.pulseboard.account.SignInThrottle;
import dev.pulseboard.account.Users;
import dev.pulseboard.account.Validation;
import dev.pulseboard.account.store.IdentityRepository;
import dev.pulseboard.account.store.InvitationRepository;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Secrets;
import dev.pulseboard.core.Sha256;

/**
 * Invitations: an administrator makes a single-use link that expires, for an existing member or a new one; the
 * invitee opens it and chooses their name and password. Only a SHA-256 of the link's token is stored.
 */
@Service
public class Invitations {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    /** The longest an invitation may be valid, in days. */
    public static final int MAX_DAYS = 30;
    private static final Duration MAX_VALIDITY = Duration.ofDays(MAX_DAYS);
    private static final String PREFIX = "pbi_";

    private final InvitationRepository invitations;
    private final UserRepository users;
    private final Members members;
    private final Users accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Identities identities;
    private final IdentityRepository identityRows;
    private final SignInThrottle throttle;
    private final Clock clock;

    Invitations(InvitationRepository invitations, UserRepository users, Members members, Users accounts,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Identities identities,
            IdentityRepository identityRows, SignInThrottle throttle, Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.members = members;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.identities = identities;
        this.identityRows = identityRows;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A new invitation and its token (shown this once: the link's last segment). */
    public record Created(Invitation invitation, String token) {
    }

    /**
     * Creates an invitation: for {@code memberId} (a member of the household without a login yet), or for a new
     * member called {@code name}; an administrator's invitation may have neither. A refusal names the People page's
     * field it is about: {@code member}, {@code name}, {@code role} or {@code days}.
     */
    @Transactional
    public Created create(CurrentUser admin, MemberId memberId, String name, CurrentUser.Role role, Duration validity) {
        accounts.requireAdmin(admin);
        if (role == null) {
            throw AccountException.invalid("role", "Say which role the invitation gives: ADMIN or MEMBER.");
        }
        Duration valid = validity == null ? DEFAULT_VALIDITY : validity;
        if (valid.isNegative() || valid.isZero() || valid.compareTo(MAX_VALIDITY) > 0) {
            throw AccountException.invalid("days", "An invitation is valid for 1 to 30 days.");
        }
        String memberName = null;
        if (memberId != null && name != null && !name.isBlank()) {
            throw AccountException.invalid("member",
                    "Choose the member the invitation is for, or type a new member's name, not both.");
        }
        if (memberId != null) {
            Member member = members.get(admin.householdId(), memberId);
            if (users.userOfMember(member.id()).isPresent()) {
                throw AccountException.invalid("member",
                        member.name() + " already has a login; an invitation would make a second one.");
            }
        } else if (name != null && !name.isBlank()) {
            memberName = members.freeName(admin.householdId(), null, name);
        } else if (role == CurrentUser.Role.MEMBER) {
            throw AccountException.invalid("member",
                    "Choose the member the invitation is for, or give the new member's name.");
        }
        String token = Secrets.random(PREFIX);
        Instant now = clock.instant();
        long id = invitations.insert(admin.householdId(), Sha256.hex(token), memberId, memberName, role,
                admin.userId(), now, now.plus(valid));
        Invitation invitation = invitations.find(admin.householdId(), id, now).orElseThrow();
        events.publishEvent(new HouseholdChanged(admin.householdId(), admin.userId(), memberId,
                HouseholdChanged.Change.INVITATION_CREATED, describe(invitation)));
        return new Created(invitation, token);
    }

    /**
     * An administrator's invitation made at start for the server's operator ({@code pulseboard.recover-admin}), for
     * a household whose administrators cannot sign in (the only one forgot their password): recorded as made by the
     * household's first administrator, valid for {@code validity}. Empty before the household is set up.
     */
    @Transactional
    public Optional<Created> createForRecovery(Duration validity) {
        Optional<HouseholdId> household = identityRows.firstHousehold();
        Optional<CurrentUser> admin = household.flatMap(h -> users.findAll(h).stream().filter(CurrentUser::isAdmin)
                .min(Comparator.comparingLong(CurrentUser::userId)));
        if (admin.isEmpty()) {
            return Optional.empty();
        }
        String token = Secrets.random(PREFIX);
        Instant now = clock.instant();
        long id = invitations.insert(household.get(), Sha256.hex(token), null, null, CurrentUser.Role.ADMIN,
                admin.get().userId(), now, now.plus(validity));
        Invitation invitation = invitations.find(household.get(), id, now).orElseThrow();
        events.publishEvent(new HouseholdChanged(household.get(), null, null,
                HouseholdChanged.Change.INVITATION_CREATED, describe(invitation)
                        + ", made at start for the server's operator (pulseboard.recover-admin)"));
        return Optional.of(new Created(invitation, token));
    }

    public List<Invitation> list(CurrentUser admin) {
        accounts.requireAdmin(admin);
        return invitations.findAll(admin.householdId(), clock.instant());
    }

    @Transactional
    public void revoke(CurrentUser admin, long id) {
        accounts.requireAdmin(admin);
        Invitation invitation = invitations.find(admin.householdId(), id, clock.instant())
                .orElseThrow(() -> new AccountException(AccountException.Reason.NOT_FOUND,
                        "There is no invitation " + id + " in your household."));
        if (invitation.state() != Invitation.State.PENDING || !invitations.revoke(id, clock.instant())) {
            throw invalid("This invitation is " + invitation.state().name().toLowerCase()
                    + " and can no longer be revoked.");
        }
        events.publishEvent(new HouseholdChanged(admin.householdId(), admin.userId(), invitation.memberId(),
                HouseholdChanged.Change.INVITATION_REVOKED, describe(invitation)));
    }

    /** What a link's token stands for, if anything: the page shows its state before asking for anything. */
    public Optional<Invitation> inspect(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Sha256.hex(token), clock.instant()).map(InvitationRepository.Stored::invitation);
    }

    /** Accepts a pending invitation: creates the login (and the member, for a new one) and uses the link up. */
    @Transactional
    public CurrentUser accept(String token, String email, String password, String name) {
        InvitationRepository.Stored stored = pending(token);
        Validation.email(email);
        Validation.name(name, "name");
        Validation.password(password);
        return createLogin(stored, email, name, passwordEncoder.encode(password), "");
    }

    /**
     * Accepts a pending invitation by signing in with the household's OpenID provider: the new login has no
     * password and is linked to the provider's identity. The name and e-mail address are the provider's.
     */
    @Transactional
    public CurrentUser acceptWithIdentity(String token, Identities.ProviderIdentity who) {
        InvitationRepository.Stored stored = pending(token);
        String email = Identities.email(who);
        CurrentUser user = createLogin(stored, email, Identities.displayName(who, email), null,
                " with the identity provider");
        identities.linkNew(user, who);
        return user;
    }

    private InvitationRepository.Stored pending(String token) {
        InvitationRepository.Stored stored = token == null || !token.startsWith(PREFIX) ? null
                : invitations.findByTokenHash(Sha256.hex(token), clock.instant()).orElse(null);
        if (stored == null) {
            throw new AccountException(AccountException.Reason.NOT_FOUND,
                    "This invitation link is not valid: check that it was copied whole.");
        }
        if (stored.invitation().state() != Invitation.State.PENDING) {
            throw new AccountException(AccountException.Reason.GONE, stored.invitation().state().explanation());
        }
        return stored;
    }

    /**
     * The e-mail address, cleaned, if no login has it, for the invitation of {@code token}; refused at the field
     * {@code email} otherwise (so that a form can say it next to its other mistakes). A link that is not valid gets
     * only its address's form checked: accepting it says what is wrong with the link.
     */
    public String checkEmailFree(String token, String email) {
        InvitationRepository.Stored stored = token == null || !token.startsWith(PREFIX) ? null
                : invitations.findByTokenHash(Sha256.hex(token), clock.instant()).orElse(null);
        return stored == null ? Validation.email(email) : checkEmailFree(stored.invitation(), email);
    }

    /**
     * Every check counts against the invitation, as sign-ins count against an account ({@link SignInThrottle}): a link
     * that keeps meeting addresses with a login is refused for a while, so that whoever holds it cannot go through a
     * list of addresses to learn which have a login here. A free address clears the count.
     */
    private String checkEmailFree(Invitation invitation, String email) {
        String cleanEmail = Validation.email(email);
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.attempt("invitation " + invitation.id(), null);
        } catch (SignInThrottle.Throttled e) {
            throw AccountException.invalid("email", "Too many addresses that already have a login were tried with "
                    + "this link: try again in " + e.waitInWords() + ".");
        }
        if (users.emailInUse(cleanEmail)) {
            throw AccountException.invalid("email", "There is already a login with this e-mail address.");
        }
        throttle.succeeded(attempt);
        return cleanEmail;
    }

    private CurrentUser createLogin(InvitationRepository.Stored stored, String email, String name,
            String passwordHash, String how) {
        Invitation invitation = stored.invitation();
        String cleanEmail = checkEmailFree(invitation, email);
        // A name chosen here must be the household's only login of that name; the provider's is numbered instead.
        String cleanName = passwordHash == null ? accounts.numberedName(stored.household(), invitation.memberId(), name)
                : accounts.freeName(stored.household(), null, invitation.memberId(), name);
        Instant now = clock.instant();
        if (passwordHash != null) {
            refuseAnotherInviteesName(stored.household(), invitation, cleanName, now);
        }
        MemberId memberId = invitation.memberId();
        if (memberId != null && users.userOfMember(memberId).isPresent()) {
            // Made before another invitation for the same member was accepted (which now withdraws the others).
            throw new AccountException(AccountException.Reason.GONE, "The member this invitation is for already has"
                    + " a login, so it can no longer be used. Ask the household's administrator if you need one.");
        }
        if (memberId == null && invitation.memberName() != null) {
            memberId = (passwordHash == null ? members.addNamedByProvider(stored.household(), cleanName)
                    : members.add(stored.household(), cleanName)).id();
        }
        long userId = users.insertUser(stored.household(), cleanEmail, passwordHash, cleanName,
                invitation.role(), memberId, now);
        if (!invitations.markAccepted(invitation.id(), userId, now)) {
            throw new AccountException(AccountException.Reason.GONE,
                    "This invitation was used or withdrawn a moment ago. Ask for a new link.");
        }
        int withdrawn = invitation.memberId() == null ? 0 : invitations.revokePendingFor(invitation.memberId(), now);
        events.publishEvent(new HouseholdChanged(stored.household(), userId, memberId,
                HouseholdChanged.Change.INVITATION_ACCEPTED, cleanName + " <" + cleanEmail + "> accepted "
                        + describe(invitation) + how + (withdrawn == 0 ? ""
                                : "; " + withdrawn + " other pending invitation" + (withdrawn == 1 ? "" : "s")
                                        + " for the member withdrawn")));
        return users.findById(userId).orElseThrow();
    }

    /**
     * A name typed on the way in must not be the name the administrator gave another pending invitation's new member:
     * the first to accept would take it, and the household would share with the wrong person under it. An invitation
     * for a member who exists already names that member, whose name is theirs to keep.
     */
    private void refuseAnotherInviteesName(HouseholdId household, Invitation accepted, String name, Instant now) {
        String same = Validation.sameness(name);
        invitations.findAll(household, now).stream()
                .filter(i -> i.id() != accepted.id() && i.state() == Invitation.State.PENDING && i.memberId() == null
                        && i.memberName() != null)
                .filter(i -> Validation.sameness(i.memberName()).equals(same)).findFirst().ifPresent(i -> {
                    throw AccountException.invalid("name", "Another invitation of the household is for a new member "
                            + "called " + name + ": choose another name.");
                });
    }

    private static String describe(Invitation invitation) {
        return "invitation " + invitation.id() + " (" + invitation.role().name().toLowerCase()
                + (invitation.memberName() == null ? "" : ", for " + invitation.memberName()) + ")";
    }

    private static AccountException invalid(String message) {
        return new AccountException(AccountException.Reason.INVALID, message);
    }
}
