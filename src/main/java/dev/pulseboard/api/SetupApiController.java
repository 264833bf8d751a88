package dev.pulseboard.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.household.SetupCodes;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/setup}: the first administrator and household; 409 once a user exists. From another machine
 * than the server's, 403 without the setup code of {@link SetupCodes}.
 */
@RestController
@Tag(name = "Setup", description = "A new installation's first administrator")
class SetupApiController {

    private final Accounts accounts;
    private final SetupCodes codes;

    SetupApiController(Accounts accounts, SetupCodes codes) {
        this.accounts = accounts;
        this.codes = codes;
    }

    @Operation(summary = "Set up a new installation: its first administrator")
    @ApiAccess(Kind.PUBLIC)
    @PostMapping("/api/v1/setup")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    SetupResponse setUp(@RequestBody SetupRequest request, HttpServletRequest http) {
        if (!accounts.isSetUp()) {
            codes.check(http.getRemoteAddr(), request.setupCode());
        }
        var user = accounts.setUp(request.email(), request.password(), request.name());
        codes.used();
        return new SetupResponse(user.userId(), user.email(), user.name(), user.householdId().value());
    }

    /** {@code setupCode}: needed from another machine than the server's only. */
    record SetupRequest(@Schema(requiredMode = REQUIRED) String email,
            @Schema(requiredMode = REQUIRED) String password, @Schema(requiredMode = REQUIRED) String name,
            String setupCode) {
    }

    record SetupResponse(long id, String email, String name, long householdId) {
    }
}
