package dev.pulseboard.api;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;
import dev.pulseboard.connection.audit.AuditLog;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/audit?limit=}: the household's Withings link history, newest first (administrators). */
@RestController
@Tag(name = "Audit log", description = "Who did what in the household")
class AuditApiController {

    static final int MAX_LIMIT = 1000;

    private final AuditLog audit;
    private final Users users;

    AuditApiController(AuditLog audit, Users users) {
        this.audit = audit;
        this.users = users;
    }

    @Operation(summary = "The household's audit log, newest first")
    @ApiAccess(Kind.ADMIN)
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
