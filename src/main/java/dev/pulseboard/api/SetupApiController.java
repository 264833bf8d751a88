package dev.pulseboard.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import dev.pulseboard.account.Accounts;

/** {@code POST /api/v1/setup}: the first administrator and household; 409 once a user exists. */
@RestController
class SetupApiController {

    private final Accounts accounts;

    SetupApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/setup")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    SetupResponse setUp(@RequestBody SetupRequest request) {
        var user = accounts.setUp(request.email(), request.password(), request.name());
        return new SetupResponse(user.userId(), user.email(), user.name(), user.householdId().value());
    }

    record SetupRequest(@Schema(requiredMode = REQUIRED) String email,
            @Schema(requiredMode = REQUIRED) String password, @Schema(requiredMode = REQUIRED) String name) {
    }

    record SetupResponse(long id, String email, String name, long householdId) {
    }
}
