package dev.pulseboard.dashboard.settings;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;
import dev.pulseboard.dashboard.FieldErrors;

/**
 * {@code POST /account/name}: the user's own name, from the Settings page's "Your login"; a refused one comes back to
 * its field there ({@code login-name}), with what was typed.
 */
@Controller
class NameController {

    private final Users users;

    NameController(Users users) {
        this.users = users;
    }

    @PostMapping("/account/name")
    String rename(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        FieldErrors errors = FieldErrors.prefixed("login").typed("name", name);
        errors.check(() -> redirect.addFlashAttribute("notice",
                "Your name is now " + users.rename(user, name).name() + "."));
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/settings";
    }
}
