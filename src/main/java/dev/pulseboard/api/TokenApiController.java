package dev.pulseboard.api;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.PersonalAccessTokens;

/** {@code POST /api/v1/tokens} (HTTP Basic): a personal access token, shown once. */
@RestController
class TokenApiController {

    private final PersonalAccessTokens tokens;

    TokenApiController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse create(@AuthenticationPrincipal CurrentUser user, @RequestBody TokenRequest request) {
        return new TokenResponse(tokens.create(user, request.name()));
    }

    record TokenRequest(String name) {
    }

    record TokenResponse(String token) {
    }
}
