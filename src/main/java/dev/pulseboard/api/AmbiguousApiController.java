package dev.pulseboard.api;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.measure.AmbiguousReading;
import dev.pulseboard.health.measure.Measurements;

/**
 * Readings from a shared scale that Withings could not attribute for sure (attrib 1): listed for the household,
 * assigned to the member who took them, or discarded.
 */
@RestController
class AmbiguousApiController {

    private final MemberAccess access;
    private final Measurements measurements;

    AmbiguousApiController(MemberAccess access, Measurements measurements) {
        this.access = access;
        this.measurements = measurements;
    }

    @GetMapping("/api/v1/ambiguous-readings")
    Items list(@AuthenticationPrincipal CurrentUser user) {
        return new Items(access.visible(user).stream()
                .flatMap(v -> measurements.pendingAmbiguous(v.member().id()).stream())
                .map(r -> new Item(r.member().value(), r.groupId(), r.time().toString(), r.typeName(), r.value(),
                        r.unit()))
                .toList());
    }

    @PostMapping("/api/v1/ambiguous-readings/assign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@AuthenticationPrincipal CurrentUser user, @RequestBody AssignRequest request) {
        MemberId from = access.manage(user, MemberId.of(request.memberId())).id();
        MemberId to = access.manage(user, MemberId.of(request.toMemberId())).id();
        if (!measurements.assignAmbiguous(from, request.groupId(), to)) {
            throw new ApiProblems.BadRequest("Member " + request.memberId() + " has no ambiguous reading "
                    + request.groupId() + ".");
        }
    }

    @PostMapping("/api/v1/ambiguous-readings/discard")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discard(@AuthenticationPrincipal CurrentUser user, @RequestBody DiscardRequest request) {
        MemberId member = access.manage(user, MemberId.of(request.memberId())).id();
        if (!measurements.discardAmbiguous(member, request.groupId())) {
            throw new ApiProblems.BadRequest("Member " + request.memberId() + " has no ambiguous reading "
                    + request.groupId() + ".");
        }
    }

    record Items(List<Item> items) {
    }

    record Item(long memberId, long groupId, String time, String type, BigDecimal value, String unit) {
    }

    record AssignRequest(long memberId, long groupId, long toMemberId) {
    }

    record DiscardRequest(long memberId, long groupId) {
    }
}
