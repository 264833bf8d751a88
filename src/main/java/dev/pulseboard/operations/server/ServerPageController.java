package dev.pulseboard.operations.server;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;

/** {@code /settings/server}: {@link ServerFacts} for administrators; anyone else gets the "Not allowed" page. */
@Controller
class ServerPageController {

    private final ServerFacts facts;
    private final Users users;

    ServerPageController(ServerFacts facts, Users users) {
        this.facts = facts;
        this.users = users;
    }

    @GetMapping("/settings/server")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!users.me(user).isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an administrator may see the server's state.");
        }
        model.addAttribute("server", facts.read());
        return "operations/server";
    }

    /** Forgets a silent instance that will not come back ({@link ServerFacts#forget}). */
    @PostMapping("/settings/server/instances/forget")
    String forget(@AuthenticationPrincipal CurrentUser user, @RequestParam String name, RedirectAttributes redirect) {
        if (!users.me(user).isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an administrator may forget an instance.");
        }
        switch (facts.forget(name)) {
            case FORGOTTEN -> redirect.addFlashAttribute("notice", "The instance " + name + " is forgotten. If it "
                    + "does run, it is listed again within a minute of reaching the database.");
            case LIVE -> redirect.addFlashAttribute("error", "The instance " + name + " was heard from in the last "
                    + "minutes: it runs, and is kept.");
            case UNKNOWN -> redirect.addFlashAttribute("notice", "The instance " + name + " is no longer listed.");
        }
        return "redirect:/settings/server";
    }
}
