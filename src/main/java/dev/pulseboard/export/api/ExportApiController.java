package dev.pulseboard.export.api;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Member;
import dev.pulseboard.account.MemberAccess;
import dev.pulseboard.core.Days;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.core.api.ApiAccess.Kind;
import dev.pulseboard.core.api.ApiParameters;
import dev.pulseboard.export.Downloads;
import dev.pulseboard.export.ExportFormat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/members/{id}/export?format=&from=&to=} and {@code GET .../reports/blood-pressure}: downloads of
 * a member's data for whoever may see it ({@link MemberAccess#view}), written while read.
 */
@RestController
@Tag(name = "Exports and reports",
        description = "A member's data as FHIR R4 or CSV, and the home blood-pressure report")
class ExportApiController {

    private final MemberAccess access;
    private final Downloads downloads;

    ExportApiController(MemberAccess access, Downloads downloads) {
        this.access = access;
        this.downloads = downloads;
    }

    @Operation(summary = "Download a member's data as FHIR R4 (Bundle or NDJSON ZIP), Withings-style CSV ZIP or "
            + "tidy CSV")
    @ApiResponse(responseCode = "200", description = "The file, streamed: the tidy CSV (csv), a ZIP (withings-csv, "
            + "fhir-ndjson) or a FHIR Bundle (fhir-bundle)", content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/fhir+json", schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "400", description = "Unknown format or unparsable from/to")
    @ApiResponse(responseCode = "404", description = "No such member, or not visible to this user")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/export")
    void export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(schema = @Schema(allowableValues = { "fhir-bundle", "fhir-ndjson", "withings-csv", "csv" }))
            @RequestParam String format,
            @Parameter(description = ApiParameters.FROM_DAY_OR_INSTANT) @RequestParam(required = false) String from,
            @Parameter(description = ApiParameters.TO_DAY_OR_INSTANT) @RequestParam(required = false) String to,
            HttpServletResponse response) {
        Member member = access.view(user, MemberId.of(id));
        ExportFormat chosen = ExportFormat.fromApiName(format).orElseThrow(() -> new IllegalArgumentException(
                "Unknown export format '" + format + "'. Known formats: " + ExportFormat.names() + "."));
        downloads.export(member, chosen, from, to, response);
    }

    @Operation(summary = "The home blood-pressure report (ESH 2023 home protocol) as a page or a PDF, read against "
            + "the ESH 2023 or AHA/ACC 2025 home threshold")
    // The PDF first: a client generated from the document reads the answer as bytes (a File in Java), which a PDF
    // needs and a page survives; read as text, the PDF came back corrupted.
    @ApiResponse(responseCode = "200", description = "The report: a PDF (format=pdf) or a page (format=html)",
            content = { @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/html", schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "400", description = "Unknown format or unparsable dates")
    @ApiResponse(responseCode = "404", description = "No such member, or not visible to this user")
    @ApiAccess(Kind.VIEW)
    @GetMapping("/api/v1/members/{id}/reports/blood-pressure")
    ResponseEntity<String> bloodPressure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Parameter(description = ApiParameters.REPORT_FROM) @RequestParam(required = false) String from,
            @Parameter(description = ApiParameters.REPORT_TO) @RequestParam(required = false) String to,
            @Parameter(description = "html or pdf. Without it: the PDF if the Accept header prefers "
                    + "application/pdf to text/html, else the page",
                    schema = @Schema(allowableValues = { "html", "pdf" }))
            @RequestParam(required = false) String format,
            @Parameter(description = "The guideline the averages and readings are read against: ESH_2023 (home "
                    + "threshold 135/85) or AHA_ACC_2025 (130/80). Without it: the one the user chose under Units",
                    schema = @Schema(allowableValues = { "ESH_2023", "AHA_ACC_2025" }))
            @RequestParam(required = false) String guideline,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) {
        Member member = access.view(user, MemberId.of(id));
        return downloads.bloodPressure(member, Days.optional(from, "from"), Days.optional(to, "to"),
                downloads.guideline(user, guideline), format != null && !format.isBlank() ? format
                        : reportFormat(accept), null, response);
    }

    /**
     * What a report asked for without {@code format} is: the PDF when the Accept header names application/pdf with a
     * higher quality than text/html (a browser's, which names both or neither, gets the page).
     */
    static String reportFormat(String accept) {
        if (accept == null) {
            return "html";
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return "html";
        }
        double pdf = 0;
        double html = 0;
        for (MediaType type : types) {
            if (type.equalsTypeAndSubtype(MediaType.APPLICATION_PDF)) {
                pdf = Math.max(pdf, type.getQualityValue());
            } else if (type.equalsTypeAndSubtype(MediaType.TEXT_HTML)) {
                html = Math.max(html, type.getQualityValue());
            }
        }
        return pdf > html ? "pdf" : "html";
    }
}
