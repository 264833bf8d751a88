package dev.pulseboard.security;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

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
 * the provider, except for {@code /login?local} and when it has something to say. After a wrong e-mail or password
 * the form keeps the e-mail address typed, marks both fields invalid, describes them with the message and focuses
 * the first.
 */
@Controller
class SignInPageController {

    /** The e-mail address of a refused sign-in, kept in the session for the page that says so (never the password). */
    private static final String TYPED_EMAIL = SignInPageController.class.getName() + ".typedEmail";
    private static final int MAX_EMAIL_LENGTH = 320;

    private static final String[] MESSAGES = {"error", "locked", "expired", "ended", "logout", "refused", "local"};

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
        boolean wrong = request.getParameter("error") != null;
        boolean refused = wrong || request.getParameter("locked") != null;
        model.addAttribute("wrongPassword", wrong);
        // A refused sign-in says so first in the page's title, which a screen reader reads as the page loads.
        model.addAttribute("signInTitle", refused ? "Error: Sign in" : "Sign in");
        model.addAttribute("username", refused ? typedEmail(request) : null);
        return "login";
    }

    /** Called by the form login's failure handler: the page after it shows the e-mail address typed. */
    static void rememberTypedEmail(HttpServletRequest request) {
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank() && typed.length() <= MAX_EMAIL_LENGTH) {
            request.getSession().setAttribute(TYPED_EMAIL, typed.strip());
        }
    }

    /** The e-mail address of the sign-in just refused, once. */
    private static String typedEmail(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(TYPED_EMAIL) instanceof String typed)) {
            return null;
        }
        session.removeAttribute(TYPED_EMAIL);
        return typed;
    }
}
