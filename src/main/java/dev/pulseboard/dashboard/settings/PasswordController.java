package dev.pulseboard.dashboard.settings;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;
import dev.pulseboard.account.Validation;
import dev.pulseboard.dashboard.FieldErrors;

/**
 * {@code /account/password}: the user's own password. After an administrator's reset it is the only page the user
 * can reach until they choose a new one. A change ends the user's other sessions (this one signs in again at once)
 * and revokes their API tokens unless they keep them.
 */
@Controller
class PasswordController {

    private final Users users;

    PasswordController(Users users) {
        this.users = users;
    }

    @GetMapping("/account/password")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mustChange", users.me(user).mustChangePassword());
        return "settings/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
            @RequestParam(defaultValue = "false") boolean keepTokens, HttpServletRequest request,
            RedirectAttributes redirect, Model model) throws ServletException {
        // After an administrator's reset the tokens are gone already: there is nothing left to keep.
        boolean afterReset = users.me(user).mustChangePassword();
        boolean kept = keepTokens && !afterReset;
        FieldErrors errors = new FieldErrors();
        // Every mistake at once, in the form's order: a wrong current password too, not only after the rest is fixed.
        errors.check(() -> users.checkCurrentPassword(user, current));
        errors.check(() -> Validation.password(password));
        errors.check(() -> Validation.typedTwice(password, confirm));
        if (errors.none()) {
            errors.check(() -> users.changeOwnPassword(user, current, password, kept));
        }
        if (errors.any()) {
            model.addAttribute("mustChange", afterReset);
            model.addAttribute("keepTokens", keepTokens);
            model.addAttribute("errors", errors);
            return "settings/password";
        }
        request.logout();
        request.login(user.email(), password);
        redirect.addFlashAttribute("notice", afterReset ? "Password set. The reset revoked your API tokens: make new"
                + " ones under Settings, API tokens, if you need them." : "Password changed. Your other sessions have"
                + " ended" + (kept ? "; your API tokens still work." : " and your API tokens were revoked."));
        return "redirect:/";
    }
}
