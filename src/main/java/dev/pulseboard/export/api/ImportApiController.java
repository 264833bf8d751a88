package dev.pulseboard.export.api;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.export.imports.ImportJobs;
import dev.pulseboard.export.imports.ImportStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/members/{id}/imports} (multipart, field {@code file}: Withings' "download my data" ZIP) starts
 * an import, for whoever may manage the member; {@code GET .../imports/{importId}} shows its state and report.
 */
@RestController
@Tag(name = "Imports", description = "Withings' data archive, imported into a member's history")
class ImportApiController {

    private final MemberAccess access;
    private final ImportJobs imports;

    ImportApiController(MemberAccess access, ImportJobs imports) {
        this.access = access;
        this.imports = imports;
    }

    @Operation(summary = "Import Withings' data archive (ZIP) into a member's history, in the background")
    @ApiResponse(responseCode = "202",
            description = "Started: {\"id\"}, the import's id for GET .../imports/{importId}")
    @ApiResponse(responseCode = "400", description = "No file, an unknown timeZone (the zone of the archive's "
            + "local times; default: the member's zone, from their Withings profile or latest reading), or no "
            + "timeZone for a member whose zone is not known yet")
    @ApiResponse(responseCode = "403", description = "The user may see the member but not change its data")
    @ApiResponse(responseCode = "404", description = "No such member, or not visible to this user")
    @ApiAccess(Kind.EDIT)
    @PostMapping(path = "/api/v1/members/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportStarted start(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) String timeZone)
            throws IOException {
        Member member = access.edit(user, MemberId.of(id), MemberAccess.IMPORT);
        return new ImportStarted(imports.start(user, member.id(), file, timeZone));
    }

    @Operation(summary = "An import's state (RUNNING, DONE, FAILED) and its report per file")
    @ApiResponse(responseCode = "200", description = "{\"id\",\"state\",\"files\":[...],\"error\"}")
    @ApiResponse(responseCode = "403", description = "The user may see the member but not change its data")
    @ApiResponse(responseCode = "404", description = "No such member or import")
    @ApiAccess(Kind.EDIT)
    @GetMapping("/api/v1/members/{id}/imports/{importId}")
    ImportStatus status(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable String importId) {
        // Its report is part of the import, which only who may change the member sees (as on the page); a read.
        Member member = access.editorRead(user, MemberId.of(id), MemberAccess.IMPORT);
        return imports.status(member.id(), importId).orElseThrow(() -> new AccountException(
                AccountException.Reason.NOT_FOUND, "There is no import " + importId + " for member " + id + "."));
    }

    /** {@code {"id"}}: the import just started. */
    record ImportStarted(String id) {
    }
}
