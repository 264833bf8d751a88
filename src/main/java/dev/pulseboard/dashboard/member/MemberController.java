package dev.pulseboard.dashboard.member;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpSession;

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
import dev.pulseboard.account.Members;
import dev.pulseboard.account.Users;
import dev.pulseboard.connection.BrowserStates;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.FieldErrors;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.sync.HistoryLinks;
import dev.pulseboard.sync.Syncs;

/** What can be done to a member from their page: connect, sync, rename, disconnect, remove. */
@Controller
class MemberController {

    private final Members members;
    private final MemberAccess access;
    private final Users users;
    private final Connections connections;
    private final Syncs syncs;
    private final HistoryLinks links;
    private final Measurements measurements;

    MemberController(Members members, MemberAccess access, Users users, Connections connections, Syncs syncs,
            HistoryLinks links, Measurements measurements) {
        this.members = members;
        this.access = access;
        this.users = users;
        this.connections = connections;
        this.syncs = syncs;
        this.links = links;
        this.measurements = measurements;
    }

    @PostMapping("/members/{id}/withings/connect")
    String connect(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpSession session) {
        if (links.linkJoinsHistory(MemberId.of(id))) {
            access.edit(user, MemberId.of(id), MemberAccess.LINK);
        }
        access.manage(user, MemberId.of(id));
        var url = connections.startFromPage(user.householdId(), MemberId.of(id), BrowserStates.of(session));
        return "redirect:" + url;
    }

    @PostMapping("/members/{id}/withings/disconnect")
    String disconnect(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "erase", defaultValue = "false") boolean asked, RedirectAttributes redirect) {
        boolean erase = connections.disconnectErases(MemberId.of(id), asked);
        if (erase) {
            access.edit(user, MemberId.of(id), "delete {name}'s stored readings");
        } else {
            access.manage(user, MemberId.of(id));
        }
        connections.disconnect(user.householdId(), MemberId.of(id), erase);
        redirect.addFlashAttribute("notice", erase ? "Disconnected from Withings; every stored reading was deleted."
                : "Disconnected from Withings; the stored readings are kept.");
        return "redirect:/members/" + id;
    }

    @PostMapping("/members/{id}/sync")
    String sync(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Member member = access.manage(user, MemberId.of(id));
        if (connections.status(member.id()).isConnected()) {
            syncs.request(member.id());
            // Shown inside the live sync status, so it goes away with the run (not a page-wide notice that stays).
            redirect.addFlashAttribute("syncRequested", true);
        } else {
            redirect.addFlashAttribute("error", "Connect Withings first.");
        }
        return "redirect:/members/" + id;
    }

    @PostMapping("/members/{id}/rename")
    String rename(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        access.edit(user, MemberId.of(id), "rename {name}");
        FieldErrors errors = FieldErrors.prefixed("rename").typed("name", name);
        errors.check(() -> members.rename(user, MemberId.of(id), name));
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/members/" + id;
    }

    /** The date of birth from the Manage form ("YYYY-MM-DD", as a date field sends it); empty clears it. */
    @PostMapping("/members/{id}/birth-date")
    String birthDate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String birthDate, RedirectAttributes redirect) {
        access.edit(user, MemberId.of(id), MemberAccess.BIRTH_DATE);
        FieldErrors errors = FieldErrors.prefixed("birth").typed("birthDate", birthDate);
        errors.check(() -> members.birthDate(user, MemberId.of(id), date(birthDate)));
        long before = errors.any() || birthDate.isBlank() ? 0 : measurements.countBefore(MemberId.of(id),
                date(birthDate));
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
        } else if (before > 0) {
            // Saved, but a mistyped year would make the member's readings a child's, or no one's: say so.
            redirect.addFlashAttribute("error", "The date of birth was saved, but " + before + " stored values of the "
                    + "member were measured before it: check the year.");
        } else {
            redirect.addFlashAttribute("notice", birthDate.isBlank() ? "The date of birth was removed."
                    : "The date of birth was saved: the member's pages show no adult category for readings taken "
                            + "as a child, and the blood-pressure report and the FHIR export give it.");
        }
        return "redirect:/members/" + id;
    }

    /** The note for the doctor from the Manage form; empty removes it. */
    @PostMapping("/members/{id}/report-note")
    String reportNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String reportNote, RedirectAttributes redirect) {
        access.edit(user, MemberId.of(id), MemberAccess.REPORT_NOTE);
        FieldErrors errors = FieldErrors.prefixed("note").typed("reportNote", reportNote);
        errors.check(() -> members.reportNote(user, MemberId.of(id), reportNote));
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
        } else {
            redirect.addFlashAttribute("notice", reportNote.isBlank() ? "The note for the report was removed."
                    : "The note was saved: the blood-pressure report prints it under the member's name.");
        }
        return "redirect:/members/" + id;
    }

    private static LocalDate date(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw AccountException.invalid("birthDate", "Write the date of birth as YYYY-MM-DD.");
        }
    }

    @PostMapping("/members/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        String name = access.view(user, MemberId.of(id)).name();
        users.requireAdmin(user);
        members.remove(user.householdId(), MemberId.of(id));
        redirect.addFlashAttribute("notice", name + " and all their data were removed.");
        return "redirect:/";
    }
}
