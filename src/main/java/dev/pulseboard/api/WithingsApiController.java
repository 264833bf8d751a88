package dev.pulseboard.api;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.sync.HistoryLinks;
import dev.pulseboard.sync.SyncStatus;
import dev.pulseboard.sync.Syncs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A member's Withings link and sync: start authorization, disconnect, request and read the sync. */
@RestController
@Tag(name = "Withings and sync", description = "A member's link to Withings, and its sync")
class WithingsApiController {

    private final MemberAccess access;
    private final Connections connections;
    private final Syncs syncs;
    private final HistoryLinks links;

    WithingsApiController(MemberAccess access, Connections connections, Syncs syncs, HistoryLinks links) {
        this.access = access;
        this.connections = connections;
        this.syncs = syncs;
        this.links = links;
    }

    @Operation(summary = "Start linking a member's Withings account: the address of Withings' consent page")
    @ApiAccess(Kind.MANAGE)
    @PostMapping("/api/v1/members/{id}/withings/authorization")
    AuthorizationResponse authorize(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        if (links.linkJoinsHistory(MemberId.of(id))) {
            access.edit(user, MemberId.of(id), MemberAccess.LINK);
        }
        access.manage(user, MemberId.of(id));
        return new AuthorizationResponse(connections.startFromApi(user.householdId(), MemberId.of(id)).toString());
    }

    @Operation(summary = "Unlink a member's Withings account (the data kept stays unless erase=true; a member "
            + "linked in demo mode on a server that now uses a real Withings app loses the made-up readings in any case)")
    @ApiAccess(Kind.MANAGE)
    @DeleteMapping("/api/v1/members/{id}/withings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disconnect(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean erase) {
        if (connections.disconnectErases(MemberId.of(id), erase)) {
            access.edit(user, MemberId.of(id), "delete {name}'s stored readings");
        } else {
            access.manage(user, MemberId.of(id));
        }
        connections.disconnect(user.householdId(), MemberId.of(id), erase);
    }

    @Operation(summary = "Sync a member now")
    @ApiAccess(Kind.MANAGE)
    @PostMapping("/api/v1/members/{id}/sync")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The member is not connected to Withings",
            content = @Content(mediaType = "application/problem+json"))
    SyncStatus sync(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        MemberId member = access.manage(user, MemberId.of(id)).id();
        if (!connections.status(member).isConnected()) {
            throw new ApiProblems.Conflict("Member " + id + " is not connected to Withings; connect it first.");
        }
        syncs.request(member);
        return syncs.status(member);
    }

    @Operation(summary = "A member's sync state, with its progress per data type")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/sync")
    SyncStatus status(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return syncs.status(access.view(user, MemberId.of(id)).id());
    }

    record AuthorizationResponse(String authorizationUrl) {
    }
}
