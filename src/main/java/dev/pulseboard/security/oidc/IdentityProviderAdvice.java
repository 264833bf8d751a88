package dev.pulseboard.security.oidc;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.pulseboard.security.SignInProperties;

/**
 * Tells the pages whether the household signs in with an identity provider, its name (for its buttons), and whether
 * passwords are allowed.
 */
@ControllerAdvice
class IdentityProviderAdvice {

    private final OidcProperties properties;
    private final SignInProperties signIn;

    IdentityProviderAdvice(OidcProperties properties, SignInProperties signIn) {
        this.properties = properties;
        this.signIn = signIn;
    }

    @ModelAttribute("identityProvider")
    String identityProvider() {
        return properties.enabled() ? properties.name() : null;
    }

    /** Whether a password may be chosen and used (sign-in form, invitations): off only with a provider. */
    @ModelAttribute("passwordSignIn")
    boolean passwordSignIn() {
        return signIn.passwordAllowed(properties.enabled());
    }
}
