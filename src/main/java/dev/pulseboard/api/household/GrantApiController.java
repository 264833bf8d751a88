package dev.pulseboard.api.household;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.household.Access;
import dev.pulseboard.account.household.Grant;
import dev.pulseboard.account.household.Grants;
import dev.pulseboard.core.MemberId;

/**
 * Sharing a member's data: {@code POST /api/v1/members/{id}/grants} {@code {"userId", "access":"VIEW|MANAGE",
 * "until"?}} (an ISO instant or date; absent: until revoked), {@code GET} lists the active grants, {@code DELETE
 * .../grants/{grantId}} revokes one. For the member's own user and administrators.
 */
@RestController
class GrantApiController {

    private final Grants grants;

    GrantApiController(Grants grants) {
        this.grants = grants;
    }

    @PostMapping("/api/v1/members/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    GrantResponse give(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody GrantRequest request) {
        if (request.userId() == null) {
            throw new AccountException(AccountException.Reason.INVALID, "userId is required.");
        }
        return GrantResponse.of(grants.give(user, MemberId.of(id), request.userId(), access(request.access()),
                until(request.until())));
    }

    @GetMapping("/api/v1/members/{id}/grants")
    Map<String, List<GrantResponse>> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return Map.of("items", grants.list(user, MemberId.of(id)).stream().map(GrantResponse::of).toList());
    }

    @DeleteMapping("/api/v1/members/{id}/grants/{grantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long grantId) {
        grants.revoke(user, MemberId.of(id), grantId);
    }

    private static Access access(String value) {
        try {
            return Access.valueOf(value == null ? "" : value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new AccountException(AccountException.Reason.INVALID, "access must be VIEW or MANAGE.");
        }
    }

    /** An instant, or a date (the grant then ends when that day starts, UTC). */
    private static Instant until(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new AccountException(AccountException.Reason.INVALID,
                    "until must be an ISO-8601 instant (2027-03-01T00:00:00Z) or date (2027-03-01).");
        }
    }

    record GrantRequest(Long userId, String access, String until) {
    }

    record GrantResponse(long id, long memberId, long userId, String userName, String access, Instant until,
            String grantedBy, Instant createdAt) {

        static GrantResponse of(Grant g) {
            return new GrantResponse(g.id(), g.memberId().value(), g.granteeId(), g.granteeName(), g.access().name(),
                    g.until(), g.grantedByName(), g.createdAt());
        }
    }
}
