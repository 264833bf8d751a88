package dev.pulseboard.export.page;

import java.io.Serializable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.Days;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.export.Downloads;
import dev.pulseboard.export.share.ReportLinks;

/**
 * The Export page's links for a doctor: made and revoked by whoever decides who sees the member
 * ({@link MemberAccess#share}). A link made is shown once, on the page it leads back to; a refused one comes back
 * with its message and what was typed.
 */
@Controller
class ReportLinkPageController {

    private final MemberAccess access;
    private final ReportLinks links;
    private final Downloads downloads;

    ReportLinkPageController(MemberAccess access, ReportLinks links, Downloads downloads) {
        this.access = access;
        this.links = links;
        this.downloads = downloads;
    }

    @PostMapping("/members/{id}/export/report-links")
    String make(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String label, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "14") String days,
            @RequestParam(required = false) String guideline, RedirectAttributes redirect) {
        Member member = access.share(user, MemberId.of(id));
        try {
            var made = links.make(member, user.userId(), label, Days.optional(from, "from"), Days.optional(to, "to"),
                    days(days), downloads.guideline(user, guideline));
            redirect.addFlashAttribute("madeLink", made.url());
            redirect.addFlashAttribute("madeFor", made.link().label());
        } catch (IllegalArgumentException | AccountException e) {
            redirect.addFlashAttribute("linkRefused", e.getMessage());
            redirect.addFlashAttribute("linkTyped", new Typed(label, from, to, days));
        }
        return "redirect:/members/" + id + "/export#report-links";
    }

    @PostMapping("/members/{id}/export/report-links/{linkId}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long linkId,
            RedirectAttributes redirect) {
        Member member = access.share(user, MemberId.of(id));
        redirect.addFlashAttribute("notice", links.revoke(member, linkId) ? "The link was revoked: it opens no more."
                : "That link had already ended.");
        return "redirect:/members/" + id + "/export#report-links";
    }

    /** What a refused form had, to fill it again (kept in the session until the page shows it). */
    record Typed(String label, String from, String to, String days) implements Serializable {
    }

    private static int days(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Choose for how many days the link opens (1 to " + ReportLinks.MOST_DAYS
                    + ").");
        }
    }
}
