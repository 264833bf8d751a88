package dev.pulseboard.export.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.Days;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.export.Downloads;
import dev.pulseboard.export.share.ReportLink;
import dev.pulseboard.export.share.ReportLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/members/{id}/report-links}: links to a member's home blood-pressure report for someone without a
 * login (their doctor), made, listed and revoked by whoever decides who sees the member.
 */
@RestController
@Tag(name = "Exports and reports")
class ReportLinkApiController {

    private final MemberAccess access;
    private final ReportLinks links;
    private final Downloads downloads;

    ReportLinkApiController(MemberAccess access, ReportLinks links, Downloads downloads) {
        this.access = access;
        this.links = links;
        this.downloads = downloads;
    }

    /** A link to make: who it is for, the report's days (the latest week by default), how long it opens. */
    record NewLink(@Schema(description = "Who the link is for, such as Dr Lee", example = "Dr Lee") String label,
            @Schema(description = "The report's first day (YYYY-MM-DD); without from and to, the latest week")
            String from,
            @Schema(description = "The report's last day (YYYY-MM-DD)") String to,
            @Schema(description = "For how many days the link opens, 1 to 30", defaultValue = "14") Integer days,
            @Schema(description = "ESH_2023 or AHA_ACC_2025; without it, the one the caller chose under Units")
            String guideline) {
    }

    /** A link; {@code url} only in the answer that made it (only a hash of its secret is kept). */
    record LinkJson(long id, String label, LocalDate from, LocalDate to, String guideline, Instant createdAt,
            Instant expiresAt, int openedCount, Instant lastOpenedAt, @Schema(nullable = true) String url) {

        static LinkJson of(ReportLink link, String url) {
            return new LinkJson(link.id(), link.label(), link.firstDay(), link.lastDay(), link.guideline().name(),
                    link.createdAt(), link.expiresAt(), link.openedCount(), link.lastOpenedAt(), url);
        }
    }

    /** The links, newest first, as the API's other lists: under {@code items}. */
    record LinkList(List<LinkJson> items) {
    }

    @Operation(summary = "The links to a member's blood-pressure report that still open")
    @ApiAccess(Kind.SHARE)
    @GetMapping("/api/v1/members/{id}/report-links")
    LinkList list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Member member = access.sharing(user, MemberId.of(id));
        return new LinkList(links.open(member.id()).stream().map(l -> LinkJson.of(l, null)).toList());
    }

    @Operation(summary = "Make a link to a member's blood-pressure report for someone without a login; its url is "
            + "in this answer only")
    @ApiAccess(Kind.SHARE)
    @PostMapping("/api/v1/members/{id}/report-links")
    @ResponseStatus(HttpStatus.CREATED)
    LinkJson make(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody NewLink link) {
        Member member = access.share(user, MemberId.of(id));
        var made = links.make(member, user.userId(), link.label(), Days.optional(link.from(), "from"),
                Days.optional(link.to(), "to"), link.days() == null ? ReportLinks.USUAL_DAYS : link.days(),
                downloads.guideline(user, link.guideline()));
        return LinkJson.of(made.link(), made.url());
    }

    @Operation(summary = "Revoke a link to a member's blood-pressure report: it opens no more")
    @ApiAccess(Kind.SHARE)
    @DeleteMapping("/api/v1/members/{id}/report-links/{linkId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long linkId) {
        Member member = access.share(user, MemberId.of(id));
        if (!links.revoke(member, linkId)) {
            throw new AccountException(AccountException.Reason.NOT_FOUND, "Member " + id + " has no open link "
                    + linkId + ".");
        }
    }
}
