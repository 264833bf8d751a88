package dev.pulseboard.api.household;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;
import dev.pulseboard.account.household.OwnMember;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/me}: who the caller is, their role and their own member. {@code PATCH /api/v1/me}
 * {@code {"name"}}: their own name. {@code PUT /api/v1/me/member {"memberId"}} and {@code DELETE /api/v1/me/member}:
 * an administrator says which member is them, or that none is ({@link OwnMember}).
 */
@RestController
@Tag(name = "Your login", description = "The login that calls")
class MeApiController {

    private final Users users;
    private final OwnMember ownMember;

    MeApiController(Users users, OwnMember ownMember) {
        this.users = users;
        this.ownMember = ownMember;
    }

    @Operation(summary = "This login: name, e-mail, role and own member")
    @ApiAccess(Kind.SIGNED_IN)
    @GetMapping("/api/v1/me")
    UserResponse me(@AuthenticationPrincipal CurrentUser user) {
        return UserResponse.of(users.me(user));
    }

    @Operation(summary = "Change this login's name")
    @ApiAccess(Kind.SIGNED_IN)
    @PatchMapping("/api/v1/me")
    UserResponse rename(@AuthenticationPrincipal CurrentUser user, @RequestBody MeChangeRequest request) {
        return UserResponse.of(users.rename(user, request.name()));
    }

    @ApiResponse(responseCode = "200", description = "The caller, now with their own member")
    @ApiResponse(responseCode = "404", description = "No member memberId in the household")
    @Operation(summary = "Say which member this administrator is (This is me)")
    @ApiAccess(Kind.ADMIN)
    @PutMapping("/api/v1/me/member")
    UserResponse linkOwnMember(@AuthenticationPrincipal CurrentUser user, @RequestBody OwnMemberRequest request) {
        return UserResponse.of(ownMember.link(user, MemberId.of(request.memberId())));
    }

    @Operation(summary = "Say that this administrator is none of the members")
    @ApiAccess(Kind.ADMIN)
    @DeleteMapping("/api/v1/me/member")
    UserResponse unlinkOwnMember(@AuthenticationPrincipal CurrentUser user) {
        return UserResponse.of(ownMember.unlink(user));
    }

    record MeChangeRequest(@Schema(requiredMode = REQUIRED) String name) {
    }

    record OwnMemberRequest(@Schema(requiredMode = REQUIRED) long memberId) {
    }
}
