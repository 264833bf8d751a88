package dev.pulseboard.dashboard.settings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.PersonalAccessTokens;
import dev.pulseboard.dashboard.FieldErrors;

/**
 * {@code /account/tokens}: the user's personal access tokens for the JSON API, made, listed and revoked on a page,
 * so that who signs in with the household's identity provider (and has no password for HTTP Basic) gets tokens too.
 * A new token is shown once, in the answer to the form, never in an address or a flash attribute kept in the session.
 * A refused form is answered the same way, its message at the field it is about and what was chosen kept.
 */
@Controller
class TokensController {

    private final PersonalAccessTokens tokens;

    TokensController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.list(user));
        return "settings/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Integer days, @RequestParam(defaultValue = "false") boolean readOnly,
            Model model) {
        FieldErrors errors = new FieldErrors().typed("name", name).typed("days", days == null ? "" : days.toString())
                .typed("readOnly", Boolean.toString(readOnly));
        errors.check(() -> {
            PersonalAccessTokens.Created created = tokens.create(user, name, days, readOnly);
            model.addAttribute("created", created);
            model.addAttribute("createdName", name.strip());
        });
        if (errors.any()) {
            model.addAttribute("errors", errors);
        }
        return page(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        if (tokens.revoke(user, id)) {
            redirect.addFlashAttribute("notice", "Token revoked: it stopped working at once.");
        } else {
            redirect.addFlashAttribute("error", "You have no such token (it may have been revoked already).");
        }
        return "redirect:/account/tokens";
    }
}
