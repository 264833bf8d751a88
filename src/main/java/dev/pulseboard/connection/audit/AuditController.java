package dev.pulseboard.connection.audit;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import dev.pulseboard.account.CurrentUser;

/** {@code /audit}: the household's Withings link history, for the administrator. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!user.isAdmin()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        model.addAttribute("entries", audit.recent(user.householdId(), 500));
        return "connection/audit";
    }
}
