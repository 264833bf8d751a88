package dev.pulseboard.operations.backup;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Users;

/**
 * {@code /settings/backups}: the backups of the embedded database for administrators, the newest first, where they
 * are and how often they are made, and <em>Back up now</em>; on PostgreSQL, what to do instead. The same backups as
 * {@code /api/v1/admin/backups}.
 */
@Controller
class BackupsPageController {

    static final String PATH = "/settings/backups";

    private final Backups backups;
    private final BackupSchedule schedule;
    private final OperationsProperties properties;
    private final Users users;

    BackupsPageController(Backups backups, BackupSchedule schedule, OperationsProperties properties, Users users) {
        this.backups = backups;
        this.schedule = schedule;
        this.properties = properties;
        this.users = users;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("embedded", backups.embedded());
        model.addAttribute("backups", backups.embedded() ? backups.list() : List.of());
        model.addAttribute("failure", backups.lastFailure().orElse(null));
        model.addAttribute("interval", properties.backupInterval());
        model.addAttribute("kept", properties.backupsKept());
        return "operations/backups";
    }

    @PostMapping(PATH)
    String backUp(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        requireAdmin(user);
        if (!backups.embedded()) {
            redirect.addFlashAttribute("error", "This server runs on PostgreSQL: back it up with pg_dump.");
            return "redirect:" + PATH;
        }
        String file = schedule.requestBy(user);
        redirect.addFlashAttribute("notice", "The backup " + file + " is being written: it is listed below once it"
                + " is complete (reload the page in a moment).");
        return "redirect:" + PATH;
    }

    /** Anyone else gets the usual "Not allowed" page (403). */
    private void requireAdmin(CurrentUser user) {
        try {
            users.requireAdmin(user);
        } catch (AccountException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        }
    }
}
