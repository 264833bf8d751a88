package dev.pulseboard.api.household;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Duration;
import java.time.Instant;

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
import dev.pulseboard.account.household.Invitation;
import dev.pulseboard.account.household.InvitationLinks;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.api.Items;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Invitations: administrators create ({@code {"memberId"?, "name"?, "role", "expiresInDays"?}} -> 201 with the link,
 * shown once), list and revoke them; {@code POST /api/v1/invitations/{token}/accept} (no authentication) creates
 * the invitee's login from {@code {"email", "password", "name"}}.
 */
@RestController
@Tag(name = "Invitations", description = "Links that make a login")
class InvitationApiController {

    private final Invitations invitations;
    private final InvitationLinks links;

    InvitationApiController(Invitations invitations, InvitationLinks links) {
        this.invitations = invitations;
        this.links = links;
    }

    @ApiResponse(responseCode = "404", description = "No member memberId in the household")
    @Operation(summary = "Invite someone: a link that makes a login, for a member or as an administrator")
    @ApiAccess(Kind.ADMIN)
    @PostMapping("/api/v1/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    InvitationResponse create(@AuthenticationPrincipal CurrentUser user, @RequestBody InvitationRequest request) {
        if (request.role() == null) {
            throw new AccountException(AccountException.Reason.INVALID, "role is required: ADMIN or MEMBER.");
        }
        Number days = request.expiresInDays();
        if (days != null && !(days instanceof Integer)) {
            throw new AccountException(AccountException.Reason.INVALID,
                    "expiresInDays must be a whole number of days, from 1 to 30.");
        }
        var created = invitations.create(user, request.memberId() == null ? null : MemberId.of(request.memberId()),
                request.name(), UserApiController.role(request.role()),
                days == null ? null : Duration.ofDays(days.intValue()));
        return InvitationResponse.of(created.invitation(), links.url(created.token()));
    }

    @Operation(summary = "The invitations not yet used, revoked or expired")
    @ApiAccess(Kind.ADMIN)
    @GetMapping("/api/v1/invitations")
    Items<InvitationResponse> list(@AuthenticationPrincipal CurrentUser user) {
        return new Items<>(invitations.list(user).stream().map(i -> InvitationResponse.of(i, null)).toList());
    }

    @Operation(summary = "Revoke an invitation")
    @ApiAccess(Kind.ADMIN)
    @DeleteMapping("/api/v1/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        invitations.revoke(user, id);
    }

    @Operation(summary = "Accept an invitation: make the login it offers")
    @ApiAccess(Kind.PUBLIC)
    @PostMapping("/api/v1/invitations/{token}/accept")
    @SecurityRequirements
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse accept(@PathVariable String token, @RequestBody AcceptRequest request) {
        return UserResponse.of(invitations.accept(token, request.email(), request.password(), request.name()));
    }

    record InvitationRequest(Long memberId, String name,
            @Schema(requiredMode = REQUIRED, implementation = CurrentUser.Role.class) String role,
            @Schema(implementation = Integer.class, minimum = "1", maximum = "" + Invitations.MAX_DAYS)
            Number expiresInDays) {
    }

    record AcceptRequest(@Schema(requiredMode = REQUIRED) String email,
            @Schema(requiredMode = REQUIRED) String password, @Schema(requiredMode = REQUIRED) String name) {
    }

    /** An invitation; {@code url} only in the answer that created it (the token is not stored). */
    record InvitationResponse(long id, @Nullable String url, Long memberId, @Nullable String memberName,
            CurrentUser.Role role,
            Instant createdAt, Instant expiresAt, Invitation.State state) {

        static InvitationResponse of(Invitation i, String url) {
            return new InvitationResponse(i.id(), url, i.memberId() == null ? null : i.memberId().value(),
                    i.memberName(), i.role(), i.createdAt(), i.expiresAt(), i.state());
        }
    }
}
