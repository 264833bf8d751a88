package dev.pulseboard.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

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
import dev.pulseboard.account.PersonalAccessTokens;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/tokens} (HTTP Basic only: a token cannot make another, which would outlive its end and its
 * revocation): a personal access token, shown once, optionally expiring after
 * {@code expiresInDays}; {@code GET} lists the caller's
 * tokens (never the tokens themselves), {@code DELETE /api/v1/tokens/{id}} revokes one at once.
 */
@RestController
@Tag(name = "Tokens", description = "Personal access tokens for this API")
class TokenApiController {

    private final PersonalAccessTokens tokens;

    TokenApiController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Make a personal access token, with the login's e-mail and password (HTTP Basic)")
    @ApiAccess(Kind.PUBLIC)
    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirement(name = OpenApiConfiguration.PASSWORD)
    TokenResponse create(@AuthenticationPrincipal CurrentUser user, @RequestBody TokenRequest request) {
        Number days = request.expiresInDays();
        if (days != null && !(days instanceof Integer)) {
            throw new ApiProblems.BadRequest("expiresInDays must be a whole number of days, from 1 to 3650.");
        }
        var created = tokens.create(user, request.name(), (Integer) days, Boolean.TRUE.equals(request.readOnly()));
        return new TokenResponse(created.token(), created.expiresAt());
    }

    @Operation(summary = "This login's personal access tokens (never a token's secret)")
    @ApiAccess(Kind.SIGNED_IN)
    @GetMapping("/api/v1/tokens")
    Items<PersonalAccessTokens.TokenInfo> list(
            @AuthenticationPrincipal CurrentUser user) {
        return new Items<>(tokens.list(user));
    }

    @Operation(summary = "Revoke one of this login's personal access tokens")
    @ApiAccess(Kind.SIGNED_IN)
    @DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        if (!tokens.revoke(user, id)) {
            throw new AccountException(AccountException.Reason.NOT_FOUND, "You have no token " + id + ".");
        }
    }

    /**
     * {@code expiresInDays}: 1 to 3650, or absent for a token that works until revoked; {@code readOnly}: the token
     * may only read (GET).
     */
    record TokenRequest(@Schema(requiredMode = REQUIRED) String name,
            @Schema(implementation = Integer.class, minimum = "1", maximum = "" + PersonalAccessTokens.MAX_DAYS)
            Number expiresInDays, Boolean readOnly) {
    }

    record TokenResponse(String token, @Nullable Instant expiresAt) {
    }
}
