package dev.pulseboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.connection.audit.Actor;
import dev.pulseboard.connection.audit.AuditLog;
import dev.pulseboard.export.csv.TidyCsvExport;
import dev.pulseboard.export.csv.WithingsCsvExport;
import dev.pulseboard.export.fhir.FhirExport;
import dev.pulseboard.export.report.BpReport;
import dev.pulseboard.export.report.BpReportRenderer;
import dev.pulseboard.export.report.BpReports;
import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.sync.MemberZones;

/**
 * Writes a download straight to the response, streaming, for the API and the Export page alike, and records in the
 * household's audit log who took which member's data, in what form and for which days. The caller has checked
 * access ({@code MemberAccess.view}).
 */
@Component
public class Downloads {

    private final FhirExport fhir;
    private final WithingsCsvExport withingsCsv;
    private final TidyCsvExport tidyCsv;
    private final BpReports reports;
    private final BpReportRenderer renderer;
    private final MemberZones zones;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Clock clock;

    Downloads(FhirExport fhir, WithingsCsvExport withingsCsv, TidyCsvExport tidyCsv, BpReports reports,
            BpReportRenderer renderer, MemberZones zones, AuditLog audit, Accounts accounts, Clock clock) {
        this.fhir = fhir;
        this.withingsCsv = withingsCsv;
        this.tidyCsv = tidyCsv;
        this.reports = reports;
        this.renderer = renderer;
        this.zones = zones;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The guideline a report is read against: {@code asked} by its name ({@code AHA_ACC_2025}), or when blank the one
     * the user chose under Units.
     */
    public BpGuideline guideline(CurrentUser user, String asked) {
        if (asked == null || asked.isBlank()) {
            return BpGuideline.valueOf(accounts.settings(user.userId()).guideline().name());
        }
        return BpGuideline.parse(asked).orElseThrow(() -> new IllegalArgumentException("Unknown guideline '"
                + asked + "': ESH_2023 or AHA_ACC_2025."));
    }

    /**
     * The member's data from {@code from} to {@code to} (days of the member's zone, or instants; null: open) in the
     * format. Refuses unparsable bounds before anything is written.
     */
    public void export(Member member, ExportFormat format, String from, String to, HttpServletResponse response) {
        ZoneId zone = zones.of(member.id());
        ExportRange range = ExportRange.parse(from, to, zone);
        ExportRange.startsByToday("export", range.firstDay(), LocalDate.now(clock.withZone(zone)), zone,
                "nothing is recorded there yet.");
        audit.record(member.householdId(), Actor.currentUserId(), member.id(), AuditLog.Action.EXPORTED,
                format.apiName() + ", " + describe(from, to));
        // Two downloads of other days get other names ("pulseboard-ada-2026-11-01-2026-11-30-data.csv"), instants
        // (a page's range) by the member's days they fall on.
        String days = bound(from) && bound(to) ? range.firstDay() + "-" + range.lastDay() + "-" : "";
        start(response, format.contentType(), "pulseboard-", member, "-" + days + format.fileSuffix());
        try {
            OutputStream out = response.getOutputStream();
            switch (format) {
                case FHIR_BUNDLE -> fhir.bundle(member, range, out);
                case FHIR_NDJSON -> fhir.ndjson(member, range, out);
                case WITHINGS_CSV -> withingsCsv.write(member, range, out);
                case CSV -> tidyCsv.write(member, range, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The home blood-pressure report in {@code format}: {@code html}, a page of its own (returned), or {@code pdf},
     * a download (written to the response; null returned). {@code back}, when not null, is the page the report was
     * chosen on, linked at the top of the HTML page (not in print) with the same report as a PDF. An unknown format
     * is refused before anything is written.
     */
    public ResponseEntity<String> bloodPressure(Member member, LocalDate from, LocalDate to, BpGuideline guideline,
            String format, String back, HttpServletResponse response) {
        return bloodPressure(member, from, to, guideline, format, report -> renderer.html(report, back), true,
                response);
    }

    /**
     * The report a link for someone without a login shows ({@code shared}: a line saying so, at its top): as
     * {@link #bloodPressure}, with a link to its PDF and none back; its opening is the link's to write in the audit log.
     */
    public ResponseEntity<String> sharedBloodPressure(Member member, LocalDate from, LocalDate to,
            BpGuideline guideline, String format, String shared, HttpServletResponse response) {
        return bloodPressure(member, from, to, guideline, format, report -> renderer.sharedHtml(report, shared),
                false, response);
    }

    private ResponseEntity<String> bloodPressure(Member member, LocalDate from, LocalDate to, BpGuideline guideline,
            String format, Function<BpReport, String> page, boolean audited, HttpServletResponse response) {
        switch (format) {
            case "pdf" -> {
                bloodPressurePdf(member, from, to, guideline, audited, response);
                return null;
            }
            case "html" -> {
                BpReport report = reports.report(member, from, to, guideline);
                if (audited) {
                    recordReport(member, report, format);
                }
                return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(page.apply(report));
            }
            default -> throw new IllegalArgumentException("Unknown report format '" + format + "': html or pdf.");
        }
    }

    private void bloodPressurePdf(Member member, LocalDate from, LocalDate to, BpGuideline guideline,
            boolean audited, HttpServletResponse response) {
        BpReport report = reports.report(member, from, to, guideline);
        try (var permit = renderer.permit()) {
            if (audited) {
                recordReport(member, report, "pdf");
            }
            start(response, "application/pdf", "blood-pressure-", member, "-" + report.from() + "-" + report.to()
                    + ".pdf");
            renderer.pdf(report, response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordReport(Member member, BpReport report, String format) {
        audit.record(member.householdId(), Actor.currentUserId(), member.id(), AuditLog.Action.REPORT_MADE,
                "home blood-pressure report (" + format + "), " + report.from() + " to " + report.to() + ", "
                        + report.guideline().label());
    }

    /** The days of an export as asked: "2026-11-01 to 2026-11-30", "from 2026-11-01", "all data". */
    private static String describe(String from, String to) {
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        String f = hasFrom ? from.strip() : "";
        String t = hasTo ? to.strip() : "";
        return hasFrom && hasTo ? f + " to " + t : hasFrom ? "from " + f : hasTo ? "up to " + t : "all data";
    }

    private static boolean bound(String bound) {
        return bound != null && !bound.isBlank();
    }

    /**
     * A download named by whose it is: {@code prefix}, the member's name as a file name, then {@code rest}. The name is
     * kept in its own letters ({@code filename*}, UTF-8, which browsers use: "blood-pressure-李雷-....pdf") with a
     * plain ASCII one beside it for older clients ("zoe" for "Zoë"; "member-4" for a name with no Latin letter).
     */
    private static void start(HttpServletResponse response, String contentType, String prefix, Member member,
            String rest) {
        response.setContentType(contentType);
        String ascii = prefix + slug(member) + rest;
        String own = prefix + ownSlug(member) + rest;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\""
                + (own.equals(ascii) ? "" : "; filename*=UTF-8''" + percentEncoded(own)));
    }

    /** The name in ASCII letters and digits (accents taken off), or "member-N" when none is left. */
    static String slug(Member member) {
        String plain = Normalizer.normalize(member.name(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return plain.isEmpty() ? "member-" + member.id().value() : cut(plain);
    }

    /** The name in its own letters and digits, any script, each run of anything else a hyphen. */
    static String ownSlug(Member member) {
        // Marks stay with their letters (a Devanagari vowel sign); a variation selector or a mark left after a
        // hyphen (an emoji's) goes.
        String own = Normalizer.normalize(member.name(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\uFE00-\\uFE0F]", "").replaceAll("[^\\p{L}\\p{N}\\p{M}]+", "-")
                .replaceAll("(^|-)\\p{M}+", "$1").replaceAll("-+", "-").replaceAll("(^-|-$)", "");
        return own.isEmpty() ? "member-" + member.id().value() : cut(own);
    }

    /** At most 60 letters (a file name has 255 bytes, and a Chinese letter takes three). */
    private static String cut(String slug) {
        int[] points = slug.codePoints().toArray();
        return points.length <= 60 ? slug : new String(points, 0, 60).replaceAll("-$", "");
    }

    /**
     * RFC 5987's form of a file name: Spring's encoding of a URI component (all but the unreserved letters, digits and
     * "-._~" as %XX of their UTF-8 bytes), which is within what {@code filename*} allows.
     */
    static String percentEncoded(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
