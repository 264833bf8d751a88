package dev.pulseboard.security.oidc;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Sign-in with the household's OpenID Connect provider, {@code pulseboard.oidc.*}; off while {@code issuer-uri} is
 * empty. {@code groups-claim} is read from the ID token and from UserInfo (a missing claim is no groups);
 * {@code admin-group} makes the administrator role follow that group at every sign-in; {@code user-group}, when set,
 * lets only its members sign in; {@code auto-register} lets anyone the provider knows in (otherwise only existing
 * and invited logins); {@code token-auth-method} is {@code client_secret_basic}, {@code client_secret_post} or
 * {@code none} (empty: what the provider's discovery document prefers); {@code auto-redirect} sends the sign-in page
 * straight to the provider ({@code /login?local} stays the way round).
 */
@ConfigurationProperties("pulseboard.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret,
        @DefaultValue("your identity provider") String name,
        @DefaultValue({"openid", "profile", "email", "groups"}) List<String> scopes,
        @DefaultValue("groups") String groupsClaim, String adminGroup, String userGroup, boolean autoRegister,
        String tokenAuthMethod, boolean autoRedirect) {

    public boolean enabled() {
        return StringUtils.hasText(issuerUri);
    }

    public boolean hasAdminGroup() {
        return StringUtils.hasText(adminGroup);
    }

    public boolean hasUserGroup() {
        return StringUtils.hasText(userGroup);
    }
}
