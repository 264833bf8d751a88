package dev.pulseboard.dashboard.invitation;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Validation;
import dev.pulseboard.account.household.Invitation;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.dashboard.FieldErrors;
import dev.pulseboard.dashboard.FreshSignIn;

/**
 * {@code /invitations/{token}}: the page an invitee opens. It says what the link is (or why it no longer works), asks
 * for name, e-mail and password, creates the login, signs the invitee in and takes them to their own member page.
 * Opened in a browser where someone is signed in, it asks them to sign out first and accepts nothing: the invitee
 * would otherwise land in that person's session, on their household page, as if it were their own.
 */
@Controller
class InvitationPageController {

    private static final Logger log = LoggerFactory.getLogger(InvitationPageController.class);

    private final Invitations invitations;

    InvitationPageController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        return show(token, model, response, new FieldErrors(), null, null);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm, @AuthenticationPrincipal CurrentUser signedIn,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (signedIn != null) {
            // The page says who is signed in and offers to sign out; nothing is created.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(token, model, response, new FieldErrors(), name, email);
        }
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Validation.name(name, "name"));
        errors.check(() -> invitations.checkEmailFree(token, email));
        errors.check(() -> Validation.password(password));
        errors.check(() -> Validation.typedTwice(password, confirm));
        CurrentUser user = null;
        if (errors.none()) {
            try {
                user = invitations.accept(token, email, password, name);
            } catch (AccountException e) {
                if (e.reason() != AccountException.Reason.INVALID) {
                    // Not valid, used or withdrawn: the page says so (and asks for nothing).
                    return show(token, model, response, new FieldErrors(), name, email);
                }
                errors.add(e);
            }
        }
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(token, model, response, errors, name, email);
        }
        try {
            FreshSignIn.as(request, user.email(), password);
        } catch (ServletException e) {
            // The exception's message names the addresses involved: the log says what happened, not to whom.
            log.info("An accepted invitation's new login could not sign in at once ({})", e.getClass().getSimpleName());
            return "redirect:/login";
        }
        return user.memberId() == null ? "redirect:/" : "redirect:/members/" + user.memberId().value() + "?welcome";
    }

    private String show(String token, Model model, HttpServletResponse response, FieldErrors errors, String name,
            String email) {
        var invitation = invitations.inspect(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problem", "This invitation link is not valid: check that it was copied whole, or ask "
                    + "the household's administrator for a new one.");
        } else if (invitation.get().state() != Invitation.State.PENDING) {
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("problem", invitation.get().state().explanation());
        } else {
            model.addAttribute("invitation", invitation.get());
            model.addAttribute("expires", invitation.get().expiresAt());
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        model.addAttribute("name", name != null ? name
                : invitation.map(Invitation::memberName).orElse(null));
        model.addAttribute("email", email);
        return "invitation/accept";
    }
}
