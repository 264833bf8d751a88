package dev.pulseboard.export.page;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.Days;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Zones;
import dev.pulseboard.export.Downloads;
import dev.pulseboard.export.ExportFormat;
import dev.pulseboard.export.imports.ImportJobs;
import dev.pulseboard.export.report.BpReportRenderer;
import dev.pulseboard.export.share.ReportLink;
import dev.pulseboard.export.share.ReportLinks;
import dev.pulseboard.sync.MemberZones;

/**
 * A member's Export page ({@code /members/{id}/export}): the download formats with a range, the home
 * blood-pressure report for a doctor (page or PDF), and the import of Withings' archive with its report. Reading
 * needs {@link MemberAccess#view}, importing {@link MemberAccess#manage}.
 */
@Controller
class ExportPageController {

    private final MemberAccess access;
    private final Downloads downloads;
    private final ImportJobs imports;
    private final MemberZones zones;
    private final ReportLinks links;
    private final BpReportRenderer renderer;

    ExportPageController(MemberAccess access, Downloads downloads, ImportJobs imports, MemberZones zones,
            ReportLinks links, BpReportRenderer renderer) {
        this.renderer = renderer;
        this.access = access;
        this.downloads = downloads;
        this.imports = imports;
        this.zones = zones;
        this.links = links;
    }

    /** A link for a doctor that still opens, as the page lists it. */
    record LinkView(long id, String label, String days, String guideline, String until, String opened) {

        static LinkView of(ReportLink link, String until) {
            return new LinkView(link.id(), link.label(), DAY.format(link.firstDay()) + " to "
                    + DAY.format(link.lastDay()), link.guideline().label(), until, link.openedCount() == 0
                            ? "not opened yet" : "opened " + ReportLinks.times(link.openedCount()));
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The request attribute of a form the page answers refused ({@link ExportPageErrors}). */
    static final String REFUSED = "exportRefused";

    /** A refused form of the page: which ({@code download}, {@code report}, {@code import}) and why. */
    record Refusal(String form, String message) {
    }

    /**
     * The page; also the answer to a refused form, with the message at that form and what was chosen in it (the
     * download's and the report's from the request's parameters, the import's zone).
     */
    @GetMapping("/members/{id}/export")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "import", required = false) String importId,
            @RequestAttribute(name = REFUSED, required = false) Refusal refused, Model model) {
        model.addAttribute("refused", refused);
        MemberAccess.Visibility visibility = access.visibility(user, MemberId.of(id));
        Member member = visibility.member();
        model.addAttribute("member", member);
        model.addAttribute("mayImport", visibility.mayEdit() && !user.readOnly());
        // Links for a doctor: for whoever decides who sees the member (MemberAccess#share), as the sharing page.
        boolean mayShare = visibility.mayEdit() && !user.readOnly();
        model.addAttribute("mayShare", mayShare);
        model.addAttribute("reportLinks", !mayShare ? List.of() : links.open(member.id()).stream()
                .map(l -> LinkView.of(l, links.until(l))).toList());
        model.addAttribute("linkDays", ReportLinks.MOST_DAYS);
        model.addAttribute("linkDayChoices", ReportLinks.DAY_CHOICES);
        model.addAttribute("usualLinkDays", ReportLinks.USUAL_DAYS);
        renderer.warmUp();
        Optional<ZoneId> zone = zones.known(member.id());
        model.addAttribute("archiveZone", zone.map(ZoneId::getId).orElse(null));
        model.addAttribute("exportZone", zone.orElse(Zones.UTC).getId());
        model.addAttribute("importStatus", importId == null ? null : imports.status(member.id(), importId)
                .orElseThrow(() -> new IllegalArgumentException("There is no import " + importId + " here.")));
        return "export/export";
    }

    /**
     * Starts an import of Withings' archive (needs the right to manage the member); the page then shows it. A form
     * with no file, or not sent as a file form at all, is the page's refusal after the permission check, never a
     * server failure.
     */
    @PostMapping("/members/{id}/export/import")
    String startImport(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(required = false) String timeZone,
            HttpServletResponse response, Model model) throws IOException {
        Member member = access.edit(user, MemberId.of(id), MemberAccess.IMPORT);
        try {
            String importId = imports.start(user, member.id(), file, timeZone);
            return "redirect:/members/" + id + "/export?import=" + importId + "#import";
        } catch (IllegalArgumentException e) {
            response.setStatus(400);
            model.addAttribute("typedZone", timeZone);
            return page(user, id, null, new Refusal("import", e.getMessage()), model);
        }
    }

    @GetMapping("/members/{id}/export/download")
    void download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String format,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) {
        Member member = access.view(user, MemberId.of(id));
        ExportFormat chosen = ExportFormat.fromApiName(format)
                .orElseThrow(() -> new IllegalArgumentException("There is no export format '" + format + "'."));
        downloads.export(member, chosen, from, to, response);
    }

    @GetMapping("/members/{id}/export/blood-pressure")
    ResponseEntity<String> bloodPressure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "html") String format, @RequestParam(required = false) String guideline,
            HttpServletResponse response) {
        Member member = access.view(user, MemberId.of(id));
        return downloads.bloodPressure(member, Days.optional(from, "from"), Days.optional(to, "to"),
                downloads.guideline(user, guideline), format, "/members/" + id + "/export", response);
    }
}
