package dev.pulseboard.security.oidc;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the pages whether the household signs in with an identity provider, and its name (for its buttons). */
@ControllerAdvice
class IdentityProviderAdvice {

    private final OidcProperties properties;

    IdentityProviderAdvice(OidcProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("identityProvider")
    String identityProvider() {
        return properties.enabled() ? properties.name() : null;
    }
}
