package dev.pulseboard.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/**
 * The signed-in Pulseboard user, as pages and the API see it ({@code @AuthenticationPrincipal CurrentUser}).
 * The password hash is present only while form login checks it, and erased afterwards.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final long userId;
    private final HouseholdId householdId;
    private final String email;
    private final String name;
    private final Role role;
    private final MemberId memberId;
    private final boolean mustChangePassword;
    private final boolean readOnly;
    private String passwordHash;

    public CurrentUser(long userId, HouseholdId householdId, String email, String name, Role role, MemberId memberId,
            boolean mustChangePassword, boolean readOnly, String passwordHash) {
        this.userId = userId;
        this.householdId = householdId;
        this.email = email;
        this.name = name;
        this.role = role;
        this.memberId = memberId;
        this.mustChangePassword = mustChangePassword;
        this.readOnly = readOnly;
        this.passwordHash = passwordHash;
    }

    /** The same user acting through a read-only personal access token: reads only. */
    CurrentUser asReadOnly() {
        return new CurrentUser(userId, householdId, email, name, role, memberId, mustChangePassword, true, null);
    }

    public long userId() {
        return userId;
    }

    public HouseholdId householdId() {
        return householdId;
    }

    public String email() {
        return email;
    }

    /** The address for a page: an international domain in its own letters ({@link Validation#readableEmail}). */
    public String shownEmail() {
        return Validation.readableEmail(email);
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The member this user is ("this is me"); null for an administrator who is no member, or not yet linked. */
    public MemberId memberId() {
        return memberId;
    }

    /** An administrator reset the password: the user must choose a new one before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Signed in with a read-only personal access token: every change is refused. */
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + userId + ", household " + householdId + "]";
    }

    /** What a user may do: the first user of a household administers it. */
    public enum Role {
        ADMIN, MEMBER
    }
}
