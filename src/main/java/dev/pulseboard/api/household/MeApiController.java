package dev.pulseboard.api.household;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;

/**
 * {@code GET /api/v1/me}: who the caller is, their role and their own member. {@code PATCH /api/v1/me}
 * {@code {"name"}}: their own name.
 */
@RestController
class MeApiController {

    private final Users users;

    MeApiController(Users users) {
        this.users = users;
    }

    @GetMapping("/api/v1/me")
    UserResponse me(@AuthenticationPrincipal CurrentUser user) {
        return UserResponse.of(users.me(user));
    }

    @PatchMapping("/api/v1/me")
    UserResponse rename(@AuthenticationPrincipal CurrentUser user, @RequestBody MeChangeRequest request) {
        return UserResponse.of(users.rename(user, request.name()));
    }

    record MeChangeRequest(String name) {
    }
}
