package dev.pulseboard.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password sign-in: {@code pulseboard.password-login} (default true) turns the sign-in form off for everyone once the
 * household signs in with its identity provider; {@code pulseboard.force-password-login} is the break-glass setting
 * that turns it back on while the provider is broken (temporary: remove it once the provider works again).
 */
@ConfigurationProperties("pulseboard")
public record SignInProperties(@DefaultValue("true") boolean passwordLogin, boolean forcePasswordLogin) {

    /** Whether the form accepts passwords; without an identity provider it always does (nobody could sign in). */
    public boolean passwordAllowed(boolean identityProviderConfigured) {
        return passwordLogin || forcePasswordLogin || !identityProviderConfigured;
    }
}
