package dev.pulseboard.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.account.Members;
import dev.pulseboard.account.Users;
import dev.pulseboard.connection.ConnectionState;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Household members: list (those the caller may see), read, add and remove (administrators), rename and set the date
 * of birth (who may manage the member).
 */
@RestController
@Tag(name = "Members", description = "The people whose health data Pulseboard keeps")
class MemberApiController {

    private final Members members;
    private final MemberAccess access;
    private final Users users;
    private final Connections connections;

    MemberApiController(Members members, MemberAccess access, Users users, Connections connections) {
        this.members = members;
        this.access = access;
        this.users = users;
        this.connections = connections;
    }

    @Operation(summary = "The members this login sees, each with its Withings link")
    @ApiAccess(Kind.SIGNED_IN)
    @GetMapping("/api/v1/members")
    List<MemberResponse> list(@AuthenticationPrincipal CurrentUser user) {
        return access.visible(user).stream().map(v -> response(v.member())).toList();
    }

    @Operation(summary = "One member, with its Withings link")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}")
    MemberResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return response(access.view(user, MemberId.of(id)));
    }

    @Operation(summary = "Add a member to the household")
    @ApiAccess(Kind.ADMIN)
    @PostMapping("/api/v1/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberResponse add(@AuthenticationPrincipal CurrentUser user, @RequestBody MemberRequest request) {
        users.requireAdmin(user);
        return response(members.add(user, request.name()));
    }

    @Operation(summary = "Rename a member")
    @ApiAccess(Kind.EDIT)
    @PatchMapping("/api/v1/members/{id}")
    MemberResponse rename(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody MemberRequest request) {
        access.edit(user, MemberId.of(id), "rename {name}");
        return response(members.rename(user, MemberId.of(id), request.name()));
    }

    /** The member's date of birth, for the blood-pressure report and the FHIR export (who may manage the member). */
    @Operation(summary = "Set a member's date of birth")
    @ApiAccess(Kind.EDIT)
    @PutMapping("/api/v1/members/{id}/birth-date")
    MemberResponse birthDate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody BirthDateRequest request) {
        access.edit(user, MemberId.of(id), MemberAccess.BIRTH_DATE);
        if (request.birthDate() == null) {
            throw AccountException.invalid("birthDate", "Give the date of birth as YYYY-MM-DD (DELETE clears it).");
        }
        return response(members.birthDate(user, MemberId.of(id), request.birthDate()));
    }

    @Operation(summary = "Remove a member's date of birth")
    @ApiAccess(Kind.EDIT)
    @DeleteMapping("/api/v1/members/{id}/birth-date")
    MemberResponse clearBirthDate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        access.edit(user, MemberId.of(id), MemberAccess.BIRTH_DATE);
        return response(members.birthDate(user, MemberId.of(id), null));
    }

    /** The note for the doctor on the member's blood-pressure report (who may manage the member). */
    @Operation(summary = "Write the note for the doctor that the blood-pressure report prints")
    @ApiAccess(Kind.EDIT)
    @PutMapping("/api/v1/members/{id}/report-note")
    MemberResponse reportNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ReportNoteRequest request) {
        access.edit(user, MemberId.of(id), MemberAccess.REPORT_NOTE);
        if (request.reportNote() == null || request.reportNote().isBlank()) {
            throw AccountException.invalid("reportNote", "Give the note's text (DELETE removes it).");
        }
        return response(members.reportNote(user, MemberId.of(id), request.reportNote()));
    }

    @Operation(summary = "Remove the note for the doctor")
    @ApiAccess(Kind.EDIT)
    @DeleteMapping("/api/v1/members/{id}/report-note")
    MemberResponse clearReportNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        access.edit(user, MemberId.of(id), MemberAccess.REPORT_NOTE);
        return response(members.reportNote(user, MemberId.of(id), null));
    }

    @Operation(summary = "Remove a member and everything kept of them")
    @ApiAccess(Kind.REMOVE)
    @DeleteMapping("/api/v1/members/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        access.view(user, MemberId.of(id));
        users.requireAdmin(user);
        members.remove(user.householdId(), MemberId.of(id));
    }

    private MemberResponse response(Member member) {
        var status = connections.status(member.id());
        return new MemberResponse(member.id().value(), member.name(), member.birthDate(), member.reportNote(),
                new MemberResponse.Withings(status.state(), status.withingsUserId()));
    }

    record MemberRequest(@Schema(requiredMode = REQUIRED) String name) {
    }

    record BirthDateRequest(@Schema(requiredMode = REQUIRED) @Nullable LocalDate birthDate) {
    }

    record ReportNoteRequest(@Schema(requiredMode = REQUIRED) @Nullable String reportNote) {
    }

    record MemberResponse(long id, String name, @Nullable LocalDate birthDate, @Nullable String reportNote,
            Withings withings) {
        record Withings(ConnectionState status, @Nullable String userId) {
        }
    }
}
