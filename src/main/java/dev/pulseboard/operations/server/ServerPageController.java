package dev.pulseboard.operations.server;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

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
}
