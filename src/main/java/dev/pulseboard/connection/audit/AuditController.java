package dev.pulseboard.connection.audit;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;

/** {@code /audit}: the household's history of Withings links and of access changes, for administrators. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final Users users;

    AuditController(AuditLog audit, Users users) {
        this.audit = audit;
        this.users = users;
    }

    @GetMapping("/audit")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!users.me(user).isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an administrator may read the audit log.");
        }
        model.addAttribute("entries", audit.recent(user.householdId(), 500));
        return "connection/audit";
    }
}
