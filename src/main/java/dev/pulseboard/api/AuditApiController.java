package dev.pulseboard.api;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;
import dev.pulseboard.connection.audit.AuditLog;

/** {@code GET /api/v1/audit?limit=}: the household's Withings link history, newest first (administrators). */
@RestController
class AuditApiController {

    static final int MAX_LIMIT = 1000;

    private final AuditLog audit;
    private final Users users;

    AuditApiController(AuditLog audit, Users users) {
        this.audit = audit;
        this.users = users;
    }

    @GetMapping("/api/v1/audit")
    AuditResponse list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "100") int limit) {
        users.requireAdmin(user);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiProblems.BadRequest("limit must be between 1 and " + MAX_LIMIT + " (was " + limit + ").");
        }
        return new AuditResponse(audit.recent(user.householdId(), limit));
    }

    record AuditResponse(List<AuditLog.Entry> items) {
    }
}
