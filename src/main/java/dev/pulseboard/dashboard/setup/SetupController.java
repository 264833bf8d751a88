package dev.pulseboard.dashboard.setup;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.household.SetupCodes;
import dev.pulseboard.account.Validation;
import dev.pulseboard.dashboard.FieldErrors;
import dev.pulseboard.dashboard.FreshSignIn;

/** First run: create the administrator and household, then sign in. */
@Controller
class SetupController {

    private final Accounts accounts;
    private final SetupCodes codes;

    SetupController(Accounts accounts, SetupCodes codes) {
        this.accounts = accounts;
        this.codes = codes;
    }

    @GetMapping("/setup")
    String form(HttpServletRequest request, Model model) {
        if (accounts.isSetUp()) {
            return "redirect:/login";
        }
        model.addAttribute("codeNeeded", codes.required(request.getRemoteAddr()));
        return "setup/setup";
    }

    @PostMapping("/setup")
    String submit(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
            @RequestParam(name = SetupCodes.FIELD, defaultValue = "") String code, HttpServletRequest request,
            Model model) throws ServletException {
        if (accounts.isSetUp()) {
            return "redirect:/login";
        }
        // Every field is checked, so that each mistake shows at once next to its own field.
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Validation.name(name, "name"));
        errors.check(() -> Validation.email(email));
        errors.check(() -> Validation.password(password));
        errors.check(() -> Validation.typedTwice(password, confirm));
        try {
            codes.check(request.getRemoteAddr(), code);
        } catch (AccountException refused) {
            // A refusal (403 in the API), told here next to its field like the others.
            errors.add(SetupCodes.FIELD, refused.getMessage());
        }
        if (errors.none()) {
            try {
                accounts.setUp(email, password, name);
                codes.used();
            } catch (AccountException e) {
                if (e.reason() == AccountException.Reason.ALREADY_SET_UP) {
                    return "redirect:/login";
                }
                errors.add(e);
            }
        }
        if (errors.any()) {
            // What was typed comes back but the passwords, which are never written into a page.
            model.addAttribute("errors", errors);
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            model.addAttribute("codeNeeded", codes.required(request.getRemoteAddr()));
            return "setup/setup";
        }
        FreshSignIn.as(request, email.strip().toLowerCase(), password);
        return "redirect:/";
    }

    /** Browsers ask for /favicon.ico whatever the page says; send them to the SVG icon. */
    @GetMapping("/favicon.ico")
    String favicon() {
        return "redirect:/img/favicon.svg";
    }
}
