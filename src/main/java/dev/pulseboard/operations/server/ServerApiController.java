package dev.pulseboard.operations.server;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/admin/server}: {@link ServerFacts} for administrators, 403 for anyone else. */
@RestController
@Tag(name = "Administration", description = "The installation: its server and backups")
class ServerApiController {

    private final ServerFacts facts;

    ServerApiController(ServerFacts facts) {
        this.facts = facts;
    }

    @Operation(summary = "This installation: instances and their versions, database, free space, newest backup, "
            + "warnings (administrators)")
    @ApiResponse(responseCode = "200", description = "The installation as it stands",
            content = @Content(schema = @Schema(implementation = ServerFacts.Server.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiAccess(Kind.ADMIN)
    @GetMapping("/api/v1/admin/server")
    ResponseEntity<?> server(@AuthenticationPrincipal CurrentUser user) {
        if (!user.isAdmin()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Only administrators may see the server's state."));
        }
        return ResponseEntity.ok(facts.read());
    }
}
