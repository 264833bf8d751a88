package dev.pulseboard.security;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.security.oidc.OidcClientRegistrations;
import dev.pulseboard.security.oidc.OidcProperties;
import dev.pulseboard.security.oidc.Refusal;

/**
 * {@code /login}: the password form (unless password sign-in is off) and the identity provider's button (when one is
 * configured), with the reason of a refused sign-in. With {@code pulseboard.oidc.auto-redirect} it goes straight to
 * the provider, except for {@code /login?local} and when it has something to say.
 */
@Controller
class SignInPageController {

    private static final String[] MESSAGES = {"error", "locked", "expired", "logout", "refused", "local"};

    private final Accounts accounts;
    private final OidcProperties oidc;
    private final OidcClientRegistrations registrations;
    private final SignInProperties signIn;

    SignInPageController(Accounts accounts, OidcProperties oidc, OidcClientRegistrations registrations,
            SignInProperties signIn) {
        this.accounts = accounts;
        this.oidc = oidc;
        this.registrations = registrations;
        this.signIn = signIn;
    }

    @GetMapping("/login")
    String signIn(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        if (!accounts.isSetUp()) {
            return "redirect:/setup";
        }
        if (user != null) {
            return "redirect:/";
        }
        boolean reachable = oidc.enabled() && registrations.resolve().isPresent();
        boolean quiet = Arrays.stream(MESSAGES).noneMatch(p -> request.getParameter(p) != null);
        if (reachable && oidc.autoRedirect() && quiet) {
            return "redirect:/oauth2/authorization/" + OidcClientRegistrations.ID;
        }
        model.addAttribute("passwordForm", signIn.passwordAllowed(oidc.enabled()));
        model.addAttribute("providerName", oidc.enabled() ? oidc.name() : null);
        model.addAttribute("providerUnreachable", oidc.enabled() && !reachable);
        model.addAttribute("providerPath", "/oauth2/authorization/" + OidcClientRegistrations.ID);
        model.addAttribute("refusal", Refusal.of(request.getParameter("refused")).map(Refusal::message).orElse(null));
        return "login";
    }
}
