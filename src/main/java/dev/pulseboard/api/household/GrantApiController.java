package dev.pulseboard.api.household;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
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
import dev.pulseboard.api.Items;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.sync.MemberZones;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Sharing a member's data: {@code POST /api/v1/members/{id}/grants} {@code {"userId", "access":"VIEW|MANAGE",
 * "until"?}} (an ISO instant, or a date: the last day of access, a day of the member's time zone as on the sharing
 * page; absent: until revoked), {@code GET} lists the active grants, {@code DELETE .../grants/{grantId}} revokes one.
 * For the member's own user and administrators; the grantee may end their own with {@code DELETE .../grants/mine}.
 * Each grant answers its end both ways: {@code until}, the instant it ends, and {@code lastDay}, the member's last
 * day of it.
 */
@RestController
@Tag(name = "Sharing", description = "Who else sees a member")
class GrantApiController {

    private final Grants grants;
    private final MemberZones zones;

    GrantApiController(Grants grants, MemberZones zones) {
        this.grants = grants;
        this.zones = zones;
    }

    @Operation(summary = "Share a member with another login: view or manage, until a day or until revoked")
    @ApiAccess(Kind.SHARE)
    @PostMapping("/api/v1/members/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    GrantResponse give(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody GrantRequest request) {
        if (request.userId() == null) {
            throw new AccountException(AccountException.Reason.INVALID, "userId is required.");
        }
        MemberId member = MemberId.of(id);
        Grant given = grants.give(user, member, request.userId(), access(request.access()),
                until(request.until(), member), zoneOf(member));
        return GrantResponse.of(given, zoneOf(member));
    }

    @Operation(summary = "Whom a member is shared with")
    @ApiAccess(Kind.SHARE)
    @GetMapping("/api/v1/members/{id}/grants")
    Items<GrantResponse> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        List<Grant> active = grants.list(user, MemberId.of(id));
        ZoneId zone = zoneOf(MemberId.of(id));
        return new Items<>(active.stream().map(g -> GrantResponse.of(g, zone)).toList());
    }

    @Operation(summary = "Stop sharing a member with a login")
    @ApiAccess(Kind.SHARE)
    @DeleteMapping("/api/v1/members/{id}/grants/{grantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long grantId) {
        grants.revoke(user, MemberId.of(id), grantId);
    }

    /** The grantee ends the grant they hold; only the member's own login or an administrator can share again. */
    @Operation(summary = "Give up a share this login was given")
    @ApiAccess(Kind.VIEW)
    @DeleteMapping("/api/v1/members/{id}/grants/mine")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void giveUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        grants.giveUp(user, MemberId.of(id));
    }

    private static Access access(String value) {
        try {
            return Access.valueOf(value == null ? "" : value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new AccountException(AccountException.Reason.INVALID, "access must be VIEW or MANAGE.");
        }
    }

    /** An instant, or a date: the last day of access in the member's zone (the grant ends when the next starts). */
    private Instant until(String value, MemberId member) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? Grant.endAfter(LocalDate.parse(value), zoneOf(member))
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new AccountException(AccountException.Reason.INVALID,
                    "until must be an ISO-8601 instant (2027-03-01T00:00:00Z) or date (2027-03-01).");
        }
    }

    record GrantRequest(@Schema(requiredMode = REQUIRED) Long userId,
            @Schema(requiredMode = REQUIRED, implementation = Access.class) String access,
            @Schema(description = "The last day of access (YYYY-MM-DD, a day of the member's time zone: access ends at "
                    + "its midnight) or the instant it ends (ISO 8601 with its offset); without it, until revoked")
            String until) {
    }

    /**
     * The member's time zone ({@link MemberZones}, else UTC). Read only after (or for) the permission check, which
     * answers before anything is shown.
     */
    private ZoneId zoneOf(MemberId member) {
        return zones.of(member);
    }

    record GrantResponse(long id, long memberId, long userId, String userName, Access access,
            @Nullable Instant until, @Nullable LocalDate lastDay, String grantedBy, Instant createdAt) {

        static GrantResponse of(Grant g, ZoneId memberZone) {
            return new GrantResponse(g.id(), g.memberId().value(), g.granteeId(), g.granteeName(), g.access(),
                    g.until(), g.until() == null ? null : g.lastDay(memberZone), g.grantedByName(), g.createdAt());
        }
    }
}
