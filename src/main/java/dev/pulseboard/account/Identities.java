package dev.pulseboard.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.store.IdentityRepository;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/**
 * Logins at the household's OpenID provider: a login is found by the provider's issuer and subject; the first
 * sign-in of an existing login links it by e-mail only when the provider says the address is verified; anyone
 * else needs an invitation (see the household's invitations) or {@code auto-register}. The administrator role can
 * follow a group of the provider, but the last administrator is never demoted.
 */
@Service
public class Identities {

    private static final int DETAIL_LENGTH = 480;

    private final IdentityRepository identities;
    private final UserRepository users;
    private final Members members;
    private final Users accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Identities(IdentityRepository identities, UserRepository users, Members members, Users accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.identities = identities;
        this.users = users;
        this.members = members;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Who the provider says signed in (its issuer and subject), with the profile claims Pulseboard uses. */
    public record ProviderIdentity(String issuer, String subject, String email, boolean emailVerified, String name) {
    }

    /**
     * What a sign-in may do: register an unknown person ({@code autoRegister}); {@code admin} is null when no
     * administrators' group is configured, otherwise whether the person is in it.
     */
    public record Policy(boolean autoRegister, Boolean admin) {
    }

    /** A sign-in refused for a reason of the household's own (not a fault of the protocol). */
    public static final class Refused extends RuntimeException {

        private final Why why;

        public Refused(Why why, String detail) {
            super(detail);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    /** Why a sign-in was refused. */
    public enum Why {
        NOT_SET_UP, NOT_INVITED, UNVERIFIED_EMAIL, NO_EMAIL, EMAIL_IN_USE, INVITATION_UNUSABLE
    }

    /** The login this identity is linked to, if any. */
    public Optional<CurrentUser> find(String issuer, String subject) {
        return identities.userOf(issuer, subject).flatMap(users::findById);
    }

    /**
     * Signs a known identity in, links an existing login by verified e-mail, or registers a new one when the
     * policy allows; then lets the administrator role follow the provider's group. Throws {@link Refused}.
     */
    @Transactional
    public CurrentUser signIn(ProviderIdentity who, Policy policy) {
        CurrentUser user = find(who.issuer(), who.subject()).orElseGet(() -> linkOrRegister(who, policy));
        return followAdminGroup(user, policy.admin());
    }

    private CurrentUser linkOrRegister(ProviderIdentity who, Policy policy) {
        String email = email(who);
        Optional<CurrentUser> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            if (!who.emailVerified()) {
                throw new Refused(Why.UNVERIFIED_EMAIL, "the provider has not verified " + email
                        + ", which a Pulseboard login already uses: not linked");
            }
            CurrentUser user = existing.get();
            link(user, who, "linked to " + user.name() + " by verified e-mail");
            return users.findById(user.userId()).orElseThrow();
        }
        if (!policy.autoRegister()) {
            throw new Refused(Why.NOT_INVITED, email + " has no Pulseboard login and no invitation");
        }
        HouseholdId household = identities.firstHousehold()
                .orElseThrow(() -> new Refused(Why.NOT_SET_UP, "Pulseboard is not set up yet"));
        String name = accounts.numberedName(household, null, displayName(who, email));
        CurrentUser.Role role = Boolean.TRUE.equals(policy.admin()) ? CurrentUser.Role.ADMIN : CurrentUser.Role.MEMBER;
        MemberId member = role == CurrentUser.Role.MEMBER ? members.addNamedByProvider(household, name).id() : null;
        long id = users.insertUser(household, email, null, name, role, member, clock.instant());
        CurrentUser user = users.findById(id).orElseThrow();
        link(user, who, name + " <" + email + "> registered by the provider as " + role.name().toLowerCase());
        return user;
    }

    /** Links a new login (made from an invitation) to the identity that accepted it. */
    public void linkNew(CurrentUser user, ProviderIdentity who) {
        link(user, who, user.name() + " accepted the invitation with the provider");
    }

    private void link(CurrentUser user, ProviderIdentity who, String detail) {
        identities.insert(user.userId(), who.issuer(), who.subject(), clock.instant());
        events.publishEvent(new HouseholdChanged(user.householdId(), user.userId(), user.memberId(),
                HouseholdChanged.Change.IDENTITY_LINKED, shorten(detail + " (" + who.issuer() + ")")));
    }

    private CurrentUser followAdminGroup(CurrentUser user, Boolean admin) {
        if (admin == null || admin == user.isAdmin()) {
            return user;
        }
        if (!admin && users.countAdmins(user.householdId()) <= 1) {
            return user;
        }
        CurrentUser.Role role = admin ? CurrentUser.Role.ADMIN : CurrentUser.Role.MEMBER;
        users.updateRole(user.userId(), role);
        events.publishEvent(new HouseholdChanged(user.householdId(), null, user.memberId(),
                HouseholdChanged.Change.ROLE_CHANGED, shorten(user.name() + ": " + user.role().name().toLowerCase()
                        + " -> " + role.name().toLowerCase() + " (administrators' group at the provider)")));
        return users.findById(user.userId()).orElseThrow();
    }

    /**
     * Records a refused sign-in in the audit log of the household concerned ({@code household} null: the
     * installation's household). Called outside the refused sign-in's transaction, so that the entry stays.
     */
    @Transactional
    public void recordRefusal(HouseholdId household, String detail) {
        Optional.ofNullable(household).or(identities::firstHousehold).ifPresent(h -> events.publishEvent(
                new HouseholdChanged(h, null, null, HouseholdChanged.Change.SIGN_IN_REFUSED, shorten(detail))));
    }

    /** The provider's e-mail address, cleaned; refused when the provider sent none. */
    public static String email(ProviderIdentity who) {
        if (who.email() == null || who.email().isBlank()) {
            throw new Refused(Why.NO_EMAIL, "the provider sent no e-mail address (scope 'email')");
        }
        String canonical = Validation.canonicalEmail(who.email());
        return canonical == null ? who.email().strip().toLowerCase() : canonical;
    }

    /** The provider's name for the person, else the e-mail address's local part; at most 100 characters. */
    public static String displayName(ProviderIdentity who, String email) {
        String given = who.name() == null ? "" : Validation.printable(who.name()).strip();
        String name = given.isEmpty() ? email.substring(0, email.indexOf('@') < 1 ? email.length()
                : email.indexOf('@')) : given;
        return Validation.firstCharacters(name, Validation.MAX_NAME_LENGTH);
    }

    private static String shorten(String detail) {
        return detail.length() > DETAIL_LENGTH ? Validation.firstUnits(detail, DETAIL_LENGTH) + "..." : detail;
    }
}
