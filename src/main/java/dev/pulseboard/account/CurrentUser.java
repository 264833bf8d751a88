package dev.pulseboard.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import dev.pulseboard.core.HouseholdId;

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
    private String passwordHash;

    CurrentUser(long userId, HouseholdId householdId, String email, String name, Role role, String passwordHash) {
        this.userId = userId;
        this.householdId = householdId;
        this.email = email;
        this.name = name;
        this.role = role;
        this.passwordHash = passwordHash;
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

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
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
