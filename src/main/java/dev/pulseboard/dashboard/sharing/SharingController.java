package dev.pulseboard.dashboard.sharing;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.account.Users;
import dev.pulseboard.account.household.Access;
import dev.pulseboard.account.household.Grant;
import dev.pulseboard.account.household.Grants;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.FieldErrors;
import dev.pulseboard.dashboard.member.MemberViews;
import dev.pulseboard.dashboard.settings.SettingsView;

/**
 * {@code /members/{id}/sharing}: who else sees this member's data, for the member's own user and administrators:
 * give view or manage access to another user of the household, with an optional last day, and revoke it.
 */
@Controller
class SharingController {

    private final MemberAccess access;
    private final Grants grants;
    private final Users users;
    private final MemberViews views;
    private final Clock clock;

    SharingController(MemberAccess access, Grants grants, Users users, MemberViews views, Clock clock) {
        this.access = access;
        this.grants = grants;
        this.users = users;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/members/{id}/sharing")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("settings") SettingsView settings, Model model) {
        Member member = access.share(user, MemberId.of(id));
        model.addAttribute("member", member);
        // A last day ends as that day ends where the member lives, whatever zone the viewer fixed under Units.
        SettingsView memberDays = views.grantSettingsFor(member.id(), settings);
        model.addAttribute("settings", memberDays);
        // The first last day the date picker offers: the member's today, which may be the viewer's tomorrow.
        model.addAttribute("today", LocalDate.now(clock.withZone(memberDays.zone())));
        model.addAttribute("grants", grants.list(user, member.id()));
        model.addAttribute("candidates", candidates(users.household(user), user, member));
        return "sharing/sharing";
    }

    /** A refused grant comes back to the form, each message at its field, with what was chosen and typed. */
    @PostMapping("/members/{id}/sharing")
    String give(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") long userId, @RequestParam(defaultValue = "VIEW") String level,
            @RequestParam(defaultValue = "") String until, @ModelAttribute("settings") SettingsView settings,
            RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors().typed("userId", Long.toString(userId)).typed("level", level)
                .typed("until", until);
        Access access = "MANAGE".equalsIgnoreCase(level) ? Access.MANAGE
                : "VIEW".equalsIgnoreCase(level) ? Access.VIEW : null;
        if (access == null) {
            errors.add("level", "Choose what they may do: see, or see and manage. Nothing was shared.");
        }
        ZoneId zone = views.grantSettingsFor(MemberId.of(id), settings).zone();
        Instant end = null;
        try {
            end = until.isBlank() ? null : Grant.endAfter(LocalDate.parse(until), zone);
        } catch (DateTimeException e) {
            errors.add("until", "The last day must be a date.");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (end != null && !end.isAfter(clock.instant())) {
            errors.add("until", "The last day must be today, " + settings.day(today) + " in " + zone.getId()
                    + " (this member's time zone), or later. Nothing was shared.");
        }
        if (errors.none()) {
            Instant last = end;
            errors.check(() -> {
                var grant = grants.give(user, MemberId.of(id), userId, access, last, zone);
                redirect.addFlashAttribute("notice", grant.granteeName() + " may now "
                        + (grant.access().allowsChanges() ? "see and manage" : "see") + " this data.");
            });
        }
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/members/" + id + "/sharing";
    }

    @PostMapping("/members/{id}/sharing/{grantId}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long grantId,
            RedirectAttributes redirect) {
        grants.revoke(user, MemberId.of(id), grantId);
        redirect.addFlashAttribute("notice", "Access revoked; it stops at once.");
        return "redirect:/members/" + id + "/sharing";
    }

    /** The viewer stops seeing a member shared with them (from the member's page). */
    @PostMapping("/members/{id}/sharing/give-up")
    String giveUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        // Who may share the member again, named while the viewer still sees them (as the confirmation named them).
        String who = access.whoDecides(access.view(user, MemberId.of(id)));
        try {
            grants.giveUp(user, MemberId.of(id));
        } catch (AccountException e) {
            if (e.reason() != AccountException.Reason.INVALID) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/members/" + id;
        }
        redirect.addFlashAttribute("notice", "You no longer see this member. Only " + who
                + " can share them with you again.");
        return "redirect:/";
    }

    /** Users to whom the member's data may be shared: not the one asking, not the member, not administrators. */
    record Candidate(long id, String name) {
    }

    static List<Candidate> candidates(List<CurrentUser> users, CurrentUser asking, Member member) {
        return users.stream().filter(u -> u.userId() != asking.userId() && !u.isAdmin()
                && !member.id().equals(u.memberId())).map(u -> new Candidate(u.userId(), u.name())).toList();
    }
}
