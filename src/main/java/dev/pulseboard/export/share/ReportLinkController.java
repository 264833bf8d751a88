package dev.pulseboard.export.share;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import dev.pulseboard.account.Members;
import dev.pulseboard.export.Downloads;
import dev.pulseboard.export.report.BpReportRenderer;
import dev.pulseboard.export.report.ReportsBusy;
import dev.pulseboard.export.share.ReportLinks.Ended;
import dev.pulseboard.export.share.ReportLinks.Opened;

/**
 * {@code /r/{token}}: the home blood-pressure report a link opens, to anyone who has the link (no sign-in), with its
 * PDF ({@code ?format=pdf}). The link decides the member, the days and the guideline; nothing in the address can ask
 * for another. Never kept by a browser or a proxy, never indexed, and the address is sent to no other site.
 */
@Controller
class ReportLinkController {

    private final ReportLinks links;
    private final Members members;
    private final Downloads downloads;
    private final ITemplateEngine templates;
    private final BpReportRenderer renderer;

    ReportLinkController(ReportLinks links, Members members, Downloads downloads, ITemplateEngine templates,
            BpReportRenderer renderer) {
        this.renderer = renderer;
        this.links = links;
        this.members = members;
        this.downloads = downloads;
        this.templates = templates;
    }

    @GetMapping(ReportLinks.PATH + "{token}")
    ResponseEntity<String> open(@PathVariable String token, @RequestParam(defaultValue = "html") String format,
            @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String agent, HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!format.equals("html") && !format.equals("pdf")) {
            return page(HttpStatus.BAD_REQUEST, "This address asks for a format the report does not have: open the "
                    + "link as it was sent.");
        }
        if (LinkPreviews.isPreview(agent)) {
            // A chat or a mail client drawing a preview of the link as it is sent: it gets no health data (it would
            // keep it, and show the member's name to the chat), and it is not the doctor opening the link.
            return page(HttpStatus.OK, "Open this link in a browser to see the report.");
        }
        // A HEAD (a link checker's) answers as a GET would, but is not an opening.
        ReportLinks.Opening opening = links.open(token, !"HEAD".equals(request.getMethod()));
        if (opening instanceof Opened opened) {
            ReportLink link = opened.link();
            if (format.equals("html")) {
                // The page offers its PDF: the library starts while the doctor reads.
                renderer.warmUp();
            }
            try {
                return downloads.sharedBloodPressure(members.get(link.householdId(), link.memberId()),
                        link.firstDay(), link.lastDay(), link.guideline(), format, "Sent to you by a link, which "
                                + "opens until " + links.until(link), response);
            } catch (ReportsBusy busy) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ReportsBusy.RETRY_AFTER.toSeconds()));
                return page(HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage());
            }
        }
        if (opening instanceof Ended ended) {
            return page(HttpStatus.GONE, "This link has ended (" + (ended.link().revokedAt() != null
                    ? "it was revoked" : "it opened for a limited time") + "). Ask whoever sent it for a new one.");
        }
        return page(HttpStatus.NOT_FOUND, "There is no report at this address. Check that the whole link was copied, "
                + "or ask whoever sent it for a new one.");
    }

    private ResponseEntity<String> page(HttpStatus status, String message) {
        Context context = new Context();
        context.setVariables(Map.of("message", message, "status", status.value()));
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(templates.process("export/report-link", context));
    }
}
