package dev.pulseboard.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.health.measure.AmbiguousReading;
import dev.pulseboard.health.measure.Measurements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Readings from a shared scale that Withings could not attribute for sure (attrib 1): listed for the household,
 * assigned to the member who took them, or discarded.
 */
@RestController
@Tag(name = "Shared scale", description = "Weigh-ins Withings could not assign to one person")
class AmbiguousApiController {

    private final MemberAccess access;
    private final Measurements measurements;
    private final ApplicationEventPublisher events;

    AmbiguousApiController(MemberAccess access, Measurements measurements, ApplicationEventPublisher events) {
        this.access = access;
        this.measurements = measurements;
        this.events = events;
    }

    /**
     * The readings of the members this user may edit (their own, or everyone's for an administrator): only they may
     * sort them out (as on the member's page).
     */
    @Operation(summary = "Weigh-ins of a shared scale that Withings could not tell apart, of the members this login "
            + "may edit")
    @ApiAccess(Kind.SIGNED_IN)
    @GetMapping("/api/v1/ambiguous-readings")
    Items<AmbiguousReading> list(@AuthenticationPrincipal CurrentUser user) {
        return new Items<>(access.visible(user).stream().filter(MemberAccess.Visibility::mayEdit)
                .flatMap(v -> measurements.pendingAmbiguous(v.member().id()).stream())
                .map(r -> new AmbiguousReading(r.member().value(), r.groupId(), r.time().toString(), r.typeName(), r.value(),
                        r.unit()))
                .toList());
    }

    @ApiResponse(responseCode = "404", description = "No member memberId or toMemberId in the household, or not one "
            + "this user may see")
    @Operation(summary = "Assign ambiguous weigh-ins to a member")
    @ApiAccess(Kind.EDIT)
    @PostMapping("/api/v1/ambiguous-readings/assign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@AuthenticationPrincipal CurrentUser user, @RequestBody AssignRequest request) {
        MemberId from = access.edit(user, MemberId.of(request.memberId()), MemberAccess.WEIGH_INS).id();
        var to = access.edit(user, MemberId.of(request.toMemberId()), MemberAccess.WEIGH_IN_TO);
        String reading = measurements.assignAmbiguous(from, request.groupId(), to.id())
                .orElseThrow(() -> noSuchReading(request.memberId(), request.groupId()));
        events.publishEvent(HouseholdChanged.readingSorted(user, from, reading, to.name()));
    }

    @ApiResponse(responseCode = "404", description = "No member memberId in the household, or not one this user may "
            + "see")
    @Operation(summary = "Discard ambiguous weigh-ins")
    @ApiAccess(Kind.EDIT)
    @PostMapping("/api/v1/ambiguous-readings/discard")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discard(@AuthenticationPrincipal CurrentUser user, @RequestBody DiscardRequest request) {
        MemberId member = access.edit(user, MemberId.of(request.memberId()), MemberAccess.WEIGH_INS).id();
        String reading = measurements.discardAmbiguous(member, request.groupId())
                .orElseThrow(() -> noSuchReading(request.memberId(), request.groupId()));
        events.publishEvent(HouseholdChanged.readingSorted(user, member, reading, null));
    }

    private static ApiProblems.BadRequest noSuchReading(long member, long groupId) {
        return new ApiProblems.BadRequest("Member " + member + " has no ambiguous reading " + groupId + ".");
    }

    record AmbiguousReading(long memberId, long groupId, @Schema(format = "date-time") String time, String type,
            BigDecimal value, String unit) {
    }

    record AssignRequest(@Schema(requiredMode = REQUIRED) long memberId, @Schema(requiredMode = REQUIRED) long groupId,
            @Schema(requiredMode = REQUIRED) long toMemberId) {
    }

    record DiscardRequest(@Schema(requiredMode = REQUIRED) long memberId,
            @Schema(requiredMode = REQUIRED) long groupId) {
    }
}
