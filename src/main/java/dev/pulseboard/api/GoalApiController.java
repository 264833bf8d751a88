package dev.pulseboard.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.health.daily.DailyData;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/members/{id}/goals}: the goals the member set in the Withings app, each null where they set
 * none (or before the first sync read them); {@code updatedAt} is when the stored goals last changed.
 */
@RestController
@Tag(name = "Goals", description = "A member's goals as set in Withings")
class GoalApiController {

    private final MemberAccess access;
    private final DailyData daily;

    GoalApiController(MemberAccess access, DailyData daily) {
        this.access = access;
        this.daily = daily;
    }

    @Operation(summary = "A member's goals as set in Withings: steps, sleep, weight")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/goals")
    GoalsResponse goals(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        MemberId member = access.view(user, MemberId.of(id)).id();
        return daily.goals(member)
                .map(g -> new GoalsResponse(g.steps(), g.sleepSeconds(), g.weightKg(), g.updatedAt()))
                .orElse(new GoalsResponse(null, null, null, null));
    }

    record GoalsResponse(Integer steps, Integer sleepSeconds, BigDecimal weightKg, @Nullable Instant updatedAt) {
    }
}
