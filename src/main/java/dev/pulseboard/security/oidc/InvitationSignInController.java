package dev.pulseboard.security.oidc;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.household.Invitation;
import dev.pulseboard.account.household.Invitations;

/**
 * {@code POST /invitations/{token}/oidc}: accept an invitation by signing in with the household's identity provider
 * instead of choosing a password. The invitation is remembered in the session and used up only when the sign-in
 * succeeds; a link that is no longer pending goes back to the invitation page, which says why.
 */
@Controller
class InvitationSignInController {

    private final OidcProperties properties;
    private final Invitations invitations;

    InvitationSignInController(OidcProperties properties, Invitations invitations) {
        this.properties = properties;
        this.invitations = invitations;
    }

    @PostMapping("/invitations/{token}/oidc")
    String accept(@PathVariable String token, @AuthenticationPrincipal CurrentUser signedIn, HttpSession session) {
        boolean pending = invitations.inspect(token).map(i -> i.state() == Invitation.State.PENDING).orElse(false);
        // Someone signed in in this browser: the invitation page asks them to sign out first.
        if (!properties.enabled() || !pending || signedIn != null) {
            return "redirect:/invitations/{token}";
        }
        session.setAttribute(OidcSignIn.INVITATION, token);
        return "redirect:/oauth2/authorization/" + OidcClientRegistrations.ID;
    }
}
