package dev.pulseboard.api.household;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;
import dev.pulseboard.api.Items;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The household's users, for administrators: list; {@code PATCH} changes the role ({@code "role"}) or sets a
 * temporary password the user must replace at their next sign-in ({@code "temporaryPassword"}); {@code DELETE}
 * removes the login (the member and their data stay).
 */
@RestController
@Tag(name = "Logins", description = "Who signs in")
class UserApiController {

    private final Users users;

    UserApiController(Users users) {
        this.users = users;
    }

    @Operation(summary = "The household's logins")
    @ApiAccess(Kind.ADMIN)
    @GetMapping("/api/v1/users")
    Items<UserResponse> list(@AuthenticationPrincipal CurrentUser user) {
        return new Items<>(users.list(user).stream().map(UserResponse::of).toList());
    }

    @Operation(summary = "Change a login's role, or give it a temporary password")
    @ApiAccess(Kind.ADMIN)
    @PatchMapping("/api/v1/users/{id}")
    UserResponse change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody UserChangeRequest request) {
        users.requireAdmin(user);
        if (request.role() == null && request.temporaryPassword() == null) {
            throw new AccountException(AccountException.Reason.INVALID,
                    "Send \"role\" (ADMIN or MEMBER) and/or \"temporaryPassword\".");
        }
        CurrentUser changed = null;
        if (request.role() != null) {
            changed = users.changeRole(user, id, role(request.role()));
        }
        if (request.temporaryPassword() != null) {
            users.resetPassword(user, id, request.temporaryPassword());
        }
        return UserResponse.of(changed != null ? changed : users.list(user).stream()
                .filter(u -> u.userId() == id).findFirst().orElseThrow());
    }

    @Operation(summary = "Remove a login (its member and data stay)")
    @ApiAccess(Kind.ADMIN)
    @DeleteMapping("/api/v1/users/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        users.remove(user, id);
    }

    static CurrentUser.Role role(String name) {
        try {
            return CurrentUser.Role.valueOf(name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new AccountException(AccountException.Reason.INVALID,
                    "role must be ADMIN or MEMBER (was \"" + name + "\").");
        }
    }

    @Schema(description = "role, temporaryPassword or both", minProperties = 1)
    record UserChangeRequest(@Schema(implementation = CurrentUser.Role.class) String role, String temporaryPassword) {
    }
}
