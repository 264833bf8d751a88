package dev.pulseboard.operations.backup;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/admin/backups}: starts a backup of the embedded database, 202 with the file name it will
 * have; {@code GET} lists the backups, newest first. Administrators only (403 otherwise); on PostgreSQL, 409 with
 * the advice to use {@code pg_dump}.
 */
@RestController
@Tag(name = "Administration", description = "The installation: its server and backups")
class BackupApiController {

    private static final String PATH = "/api/v1/admin/backups";

    private final Backups backups;
    private final BackupSchedule schedule;
    BackupApiController(Backups backups, BackupSchedule schedule) {
        this.backups = backups;
        this.schedule = schedule;
    }

    @Operation(summary = "Back up the embedded database now (administrators)")
    @ApiResponse(responseCode = "202", description = "Started: the file the backup will be",
            content = @Content(schema = @Schema(implementation = BackupStarted.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "409", description = "The server runs on PostgreSQL: back it up with pg_dump")
    @ApiAccess(Kind.ADMIN)
    @PostMapping(PATH)
    ResponseEntity<?> create(@AuthenticationPrincipal CurrentUser user) {
        ResponseEntity<ProblemDetail> refused = refusal(user);
        if (refused != null) {
            return refused;
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new BackupStarted(schedule.requestBy(user)));
    }

    @Operation(summary = "The backups of the embedded database, newest first (administrators)")
    @ApiResponse(responseCode = "200", description = "The backups",
            content = @Content(schema = @Schema(implementation = BackupList.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "409", description = "The server runs on PostgreSQL: back it up with pg_dump")
    @ApiAccess(Kind.ADMIN)
    @GetMapping(PATH)
    ResponseEntity<?> list(@AuthenticationPrincipal CurrentUser user) {
        ResponseEntity<ProblemDetail> refused = refusal(user);
        if (refused != null) {
            return refused;
        }
        return ResponseEntity.ok(new BackupList(backups.list()));
    }

    private ResponseEntity<ProblemDetail> refusal(CurrentUser user) {
        if (!user.isAdmin()) {
            return problem(HttpStatus.FORBIDDEN, "Only administrators may make or list backups.");
        }
        if (!backups.embedded()) {
            return problem(HttpStatus.CONFLICT, "This server runs on PostgreSQL: back it up with pg_dump "
                    + "(see the README, Run it for real); Pulseboard backs up only its embedded database.");
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    record BackupStarted(String file) {
    }

    record BackupList(List<Backups.Backup> items) {
    }
}
