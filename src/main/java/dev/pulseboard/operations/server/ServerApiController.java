package dev.pulseboard.operations.server;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
            return problem(HttpStatus.FORBIDDEN, "Only administrators may see the server's state.");
        }
        return ResponseEntity.ok(facts.read());
    }

    @Operation(summary = "Forget a silent instance that will not come back (administrators)")
    @ApiResponse(responseCode = "204", description = "Forgotten; if it does run, it is listed again within a minute")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No instance of that name is listed")
    @ApiResponse(responseCode = "409", description = "The instance was heard from in the last minutes: it runs")
    @ApiAccess(Kind.ADMIN)
    @DeleteMapping("/api/v1/admin/server/instances/{name}")
    ResponseEntity<?> forget(@AuthenticationPrincipal CurrentUser user, @PathVariable String name) {
        if (!user.isAdmin()) {
            return problem(HttpStatus.FORBIDDEN, "Only administrators may forget an instance.");
        }
        return switch (facts.forget(name)) {
            case FORGOTTEN -> ResponseEntity.noContent().build();
            case LIVE -> problem(HttpStatus.CONFLICT, "The instance " + name + " was heard from in the last minutes: "
                    + "it runs, and is kept.");
            case UNKNOWN -> problem(HttpStatus.NOT_FOUND, "No instance " + name + " is listed.");
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
