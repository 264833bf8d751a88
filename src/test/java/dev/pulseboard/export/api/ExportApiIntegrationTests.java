package dev.pulseboard.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.export.Archives;
import dev.pulseboard.export.Personas;
import dev.pulseboard.export.csv.WithingsFile;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Actor;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageHtml;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export routes on the full-kit persona, synced once: each format's content against what the store holds,
 * the blood-pressure report (page and PDF) on the emulator's home-protocol weeks, and the errors.
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ExportApiIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    Measurements measurements;

    @Autowired
    JsonMapper json;

    /** A row of the readings table as PDFBox reads it: "Mon 3 Nov 07:10 morning 128 80 62". */
    private static final Pattern READING_ROW = Pattern.compile("\\d{2}:\\d{2} (morning|evening)");

    final HttpClient http = HttpClient.newHttpClient();
    String token;
    long alex;

    @BeforeAll
    void syncTheFullKitPersona() {
        Api api = new Api(port);
        token = Household.token(api);
        var persona = emulator.personas().stream().filter(p -> p.id().equals("alex")).findFirst().orElseThrow();
        alex = Personas.synced(api, token, "alex", persona.userId());
    }

    @Test
    void fhirBundleOfAWeekHoldsThePatientDevicesAndEveryBloodPressurePanel() {
        Instant to = Instant.parse(latestDay() + "T00:00:00Z");
        Instant from = to.minusSeconds(7 * 86400);
        var answer = get("/api/v1/members/" + alex + "/export?format=fhir-bundle&from=" + from + "&to=" + to);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/fhir+json");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        JsonNode bundle = json.readTree(answer.body());
        assertThat(bundle.get("type").asString()).isEqualTo("collection");
        Map<String, Integer> counts = new LinkedHashMap<>();
        int panels = 0;
        for (JsonNode entry : bundle.get("entry")) {
            assertThat(entry.get("fullUrl").asString()).startsWith("urn:uuid:");
            JsonNode resource = entry.get("resource");
            counts.merge(resource.get("resourceType").asString(), 1, Integer::sum);
            if ("85354-9".equals(resource.path("code").path("coding").path(0).path("code").asString(""))) {
                panels++;
                assertThat(resource.get("component").get(0).get("valueQuantity").get("code").asString())
                        .isEqualTo("mm[Hg]");
                assertThat(resource.get("identifier").get(0).get("value").asString()).endsWith("-bp");
            }
        }
        assertThat(counts.get("Patient")).isEqualTo(1);
        assertThat(counts.get("Device")).isEqualTo(5);
        assertThat(panels).isEqualTo(measurements.series(MemberId.of(alex), MeasurementType.SYSTOLIC_BP, from, to)
                .size()).isGreaterThanOrEqualTo(24);
    }

    @Test
    void fhirNdjsonIsAZipOfOneFilePerResourceType() throws IOException {
        var files = unzip(getBytes("/api/v1/members/" + alex + "/export?format=fhir-ndjson").body());
        assertThat(files.keySet()).containsExactly("Patient.ndjson", "Device.ndjson", "Observation.ndjson");
        assertThat(files.get("Patient.ndjson").split("\n")).hasSize(1);
        assertThat(files.get("Observation.ndjson").split("\n").length).isGreaterThan(10_000);
    }

    @Test
    void withingsCsvHasTheArchivesFilesHeadersAndEveryBloodPressureReading() throws IOException {
        var files = unzip(getBytes("/api/v1/members/" + alex + "/export?format=withings-csv").body());
        for (WithingsFile file : WithingsFile.values()) {
            assertThat(files).containsKey(file.fileName());
            assertThat(files.get(file.fileName()).lines().findFirst().orElseThrow())
                    .isEqualTo(String.join(",", file.header()));
        }
        List<String> bp = files.get("bp.csv").lines().skip(1).toList();
        var stored = measurements.series(MemberId.of(alex), MeasurementType.SYSTOLIC_BP, null, null);
        assertThat(bp).hasSize(stored.size());
        var last = stored.get(stored.size() - 1);
        String local = WithingsFile.LOCAL.format(last.time().atZone(ZoneId.of("Europe/Paris")));
        assertThat(bp.get(bp.size() - 1)).startsWith(local + ",").contains("," + last.value().intValue() + ",");
    }

    @Test
    void tidyCsvHasOneValuePerRowWithWithingsIds() {
        var answer = get("/api/v1/members/" + alex + "/export?format=csv&from=" + latestDay().minusDays(3));
        List<String> lines = answer.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("time_utc,time_zone,metric,value,unit,source,external_id");
        assertThat(lines).anyMatch(l -> l.contains(",systolic_bp,") && l.contains(",mmHg,withings BPM Core,"))
                .anyMatch(l -> l.contains(",steps,") && l.contains("withings-activity:"));
    }

    /** A date of birth entered for the member identifies them on the report (page, PDF, each page's foot) and in FHIR. */
    @Test
    void aDateOfBirthIdentifiesTheMemberOnTheReportAndInFhir() throws IOException {
        Api api = new Api(port);
        String path = "/api/v1/members/" + alex + "/birth-date";
        var future = api.send("PUT", path, token, "application/json", ("{\"birthDate\":\""
                + LocalDate.now().plusDays(2) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("A date of birth must lie between 1900 and today.");
        var set = api.send("PUT", path, token, "application/json",
                "{\"birthDate\":\"1980-04-02\"}".getBytes(StandardCharsets.UTF_8));
        try {
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.json().get("birthDate").asString()).isEqualTo("1980-04-02");
            String report = "/api/v1/members/" + alex + "/reports/blood-pressure";
            assertThat(get(report).body()).contains("(born 2 April 1980)")
                    .containsPattern("@bottom-left \\{ content: \"Home blood pressure of \\\\2068 alex \\w+\\\\2069  "
                            + "\\(born 2 April 1980\\), ");
            try (PDDocument document = Loader.loadPDF(getBytes(report + "?format=pdf").body())) {
                assertThat(visualText().getText(document)).contains("(born 2 April 1980)");
            }
            JsonNode bundle = json.readTree(get("/api/v1/members/" + alex + "/export?format=fhir-bundle&from="
                    + Instant.parse(latestDay() + "T00:00:00Z").minusSeconds(86400) + "&to="
                    + Instant.parse(latestDay() + "T00:00:00Z")).body());
            JsonNode patient = null;
            for (JsonNode entry : bundle.get("entry")) {
                if ("Patient".equals(entry.get("resource").get("resourceType").asString())) {
                    patient = entry.get("resource");
                }
            }
            assertThat(patient).isNotNull();
            assertThat(patient.get("birthDate").asString()).isEqualTo("1980-04-02");
            assertThat(patient.at("/identifier/0/system").asString()).endsWith("/identifier/member");
            assertThat(patient.at("/identifier/0/value").asString()).as("the same in every export")
                    .isEqualTo(Long.toString(alex));
            assertThat(bundle.at("/identifier/value").asString()).isEqualTo("urn:uuid:" + bundle.get("id").asString());
            assertThat(get(report).body()).doesNotContain("id=\"under-age\"").contains("the category compares it");

            // A child's report: the adult home threshold gives no verdict, and the report says why.
            LocalDate twelve = LocalDate.now().minusYears(12);
            var child = api.send("PUT", path, token, "application/json",
                    ("{\"birthDate\":\"" + twelve + "\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(child.status()).as(child.body()).isEqualTo(200);
            String childs = get(report).body();
            assertThat(childs).contains("id=\"under-age\"", "<span>born " + twelve.getDayOfMonth() + " ")
                    .doesNotContain("id=\"category\"", "class=\"num high\"", "id=\"high-readings\"",
                            "stroke-dasharray=\"6 4\"", "the category compares it");
            try (PDDocument document = Loader.loadPDF(getBytes(report + "?format=pdf").body())) {
                assertThat(visualText().getText(document).replaceAll("\\s+", " "))
                        .contains("on days this report averages");
            }
        } finally {
            var cleared = api.delete(path, token);
            assertThat(cleared.json().get("birthDate").isNull()).isTrue();
        }
        assertThat(get("/api/v1/members/" + alex + "/reports/blood-pressure").body()).doesNotContain("(born ");

        // The member page's Manage form: a mistyped date is said at its field and kept; a date is saved.
        PageSession page = PageSession.signIn(port);
        String memberPage = "/members/" + alex;
        var mistyped = page.post(memberPage, memberPage + "/birth-date", Map.of("birthDate", "2-4-1980"));
        assertThat(mistyped.body()).contains("Write the date of birth as YYYY-MM-DD.", "value=\"2-4-1980\"");
        try {
            var saved = page.post(memberPage, memberPage + "/birth-date", Map.of("birthDate", "1980-04-02"));
            assertThat(saved.body()).contains("The date of birth was saved", "value=\"1980-04-02\"");
            String lastYear = LocalDate.now().minusYears(1).toString();
            var tooLate = page.post(memberPage, memberPage + "/birth-date", Map.of("birthDate", lastYear));
            assertThat(tooLate.body()).as("saved, with readings older than it").contains("value=\"" + lastYear + "\"")
                    .containsPattern("The date of birth was saved, but \\d+ stored values of the member were measured "
                            + "before it: check the year.");
            assertThat(page.get(memberPage).body()).as("said at the field for as long as it stands")
                    .containsPattern("id=\"birth-date-check\">[\\d,]+ stored values of the member were measured "
                            + "before this date of birth: check the year.");
        } finally {
            page.post(memberPage, memberPage + "/birth-date", Map.of("birthDate", ""));
        }
        assertThat(get(report()).body()).doesNotContain("(born ");
        assertThat(page.get(memberPage).body()).doesNotContain("birth-date-check");
    }

    /**
     * A note for the doctor, written on the member page or through the API, is printed on the report (page and PDF)
     * with its line breaks; too long a note is refused at its field with what was typed kept; the audit log says that
     * it was written, not what.
     */
    @Test
    void aNoteForTheDoctorIsPrintedOnTheReport() throws IOException {
        Api api = new Api(port);
        String path = "/api/v1/members/" + alex + "/report-note";
        var tooLong = api.send("PUT", path, token, "application/json",
                ("{\"reportNote\":\"" + "x".repeat(1001) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 1000 characters; this one has 1001.");
        var control = api.send("PUT", path, token, "application/json",
                "{\"reportNote\":\"Since May\\u0007\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(control.status()).as("a PDF cannot print it").isEqualTo(400);
        assertThat(control.body()).contains("control character (U+0007)");
        for (String reordering : new String[] { "\\u202e", "\\u202b", "\\u2067" }) {
            var dose = api.send("PUT", path, token, "application/json", ("{\"reportNote\":\"Amlodipine " + reordering
                    + "15 mg\\u202c daily\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(dose.status()).as("\"15 mg\" would print as \"gm 51\"").isEqualTo(400);
            assertThat(dose.body()).contains("invisible direction control (U+" + reordering.substring(2)
                    .toUpperCase());
        }
        var emoji = api.send("PUT", path, token, "application/json",
                ("{\"reportNote\":\"" + "\uD83D\uDC8A".repeat(1000) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(emoji.status()).as("1,000 characters beyond the BMP fit the column too").isEqualTo(200);
        var set = api.send("PUT", path, token, "application/json",
                "{\"reportNote\":\"Amlodipine 5 mg since 3 May.\\u000bEvening readings after the walk.\"}"
                        .getBytes(StandardCharsets.UTF_8));
        try {
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.json().get("reportNote").asString())
                    .isEqualTo("Amlodipine 5 mg since 3 May.\nEvening readings after the walk.");
            assertThat(get(report()).body()).contains("<h2>Note from the patient</h2>")
                    .as("a paragraph a line, each taking its own direction")
                    .contains("<p dir=\"auto\">Amlodipine 5 mg since 3 May.</p>")
                    .contains("<p dir=\"auto\">Evening readings after the walk.</p>");
            try (PDDocument document = Loader.loadPDF(getBytes(report() + "?format=pdf").body())) {
                assertThat(visualText().getText(document)).contains("Note from the patient")
                        .contains("Amlodipine 5 mg since 3 May.").contains("Evening readings after the walk.");
            }
            JsonNode entries = json.readTree(api.get("/api/v1/audit", token).body()).get("items");
            assertThat(entries.valueStream().filter(e -> e.path("memberId").asLong() == alex
                    && "REPORT_NOTE_CHANGED".equals(e.get("action").asString())).map(e -> e.get("detail").asString()))
                    .contains("note for the doctor's report written").noneMatch(d -> d.contains("Amlodipine"));
        } finally {
            assertThat(api.delete(path, token).json().get("reportNote").isNull()).isTrue();
        }
        assertThat(get(report()).body()).doesNotContain("Note from the patient");

        PageSession page = PageSession.signIn(port);
        String memberPage = "/members/" + alex;
        var refused = page.post(memberPage, memberPage + "/report-note", Map.of("reportNote", "y".repeat(1001)));
        assertThat(refused.body()).contains("at most 1000 characters", "aria-invalid=\"true\"", "y".repeat(1001));
        try {
            var saved = page.post(memberPage, memberPage + "/report-note", Map.of("reportNote", "Since May: <b>x</b>"));
            assertThat(saved.body()).contains("The note was saved", "Since May: &lt;b&gt;x&lt;/b&gt;</textarea>");
            assertThat(get(report()).body()).contains("Since May: &lt;b&gt;x&lt;/b&gt;");
        } finally {
            page.post(memberPage, memberPage + "/report-note", Map.of("reportNote", ""));
        }
        assertThat(get(report()).body()).doesNotContain("Note from the patient");
    }

    private String report() {
        return "/api/v1/members/" + alex + "/reports/blood-pressure";
    }

    @Test
    void bloodPressureReportAveragesTheLatestCompleteWeekOfTheHomeProtocol(CapturedOutput output) throws IOException {
        var page = get("/api/v1/members/" + alex + "/reports/blood-pressure");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Home blood pressure", "alex", "Europe/Paris", "BPM Core",
                "id=\"average-home\"", "ESH 2023", "id=\"demo-data\"")
                .doesNotContain("id=\"too-few\"", "id=\"missing\"");
        assertThat(page.body().split("<tr").length).isGreaterThan(28);
        Matcher mean = Pattern.compile("id=\"average-home\"[^>]*>(\\d+)/(\\d+) mmHg<").matcher(page.body());
        Matcher spread = Pattern.compile("id=\"spread-home\">(\\d+)\u2013(\\d+)/(\\d+)\u2013(\\d+)<")
                .matcher(page.body());
        assertThat(mean.find() && spread.find()).as("the home mean and its lowest and highest values").isTrue();
        assertThat(Integer.parseInt(mean.group(1))).isBetween(Integer.parseInt(spread.group(1)),
                Integer.parseInt(spread.group(2)));
        assertThat(Integer.parseInt(mean.group(2))).isBetween(Integer.parseInt(spread.group(3)),
                Integer.parseInt(spread.group(4)));
        assertThat(page.body()).containsPattern("id=\"sd-home\">\\d+/\\d+<")
                .as("a week's report has no week-by-week table").doesNotContain("id=\"weeks\"");
        assertThat(page.body()).as("printed from the browser, every page's foot names whose and when")
                .containsPattern("@bottom-left \\{ content: \"Home blood pressure of \\\\2068 alex \\w+\\\\2069 , \\d+ \\w+ "
                        + "\\d{4} to ");
        var pdf = getBytes("/api/v1/members/" + alex + "/reports/blood-pressure?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var asked = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + report()))
                .header("Authorization", "Bearer " + token).header("Accept", "application/pdf").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(asked.headers().firstValue("Content-Type").orElseThrow()).as("Accept: application/pdf, no format")
                .isEqualTo("application/pdf");
        assertThat(get(report() + "?format=").headers().firstValue("Content-Type").orElseThrow())
                .as("an empty format is as if absent").startsWith("text/html");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(visualText().getText(document)).as("a doctor reading the PDF sees it is demo data")
                    .contains("Demo data.", "made up by").contains("Home blood pressure")
                    .as("each page names the member, the window and its number")
                    .contains("Home blood pressure of alex", "(demo data, made up)",
                            "Page 1 of " + document.getNumberOfPages());
        }
        assertThat(output).as("openhtmltopdf speaks through the application's logging, not raw on the console")
                .doesNotContain("com.openhtmltopdf.css-parse WARNING", "Prepare to fly")
                .as("no warning about a system copy of a standard PDF font the report does not use")
                .doesNotContain("for base font Symbol");
    }

    /** A fortnight's report gives each week's home average too, for how the readings moved. */
    @Test
    void aFortnightsReportGivesEachWeeksHomeAverage() {
        LocalDate to = latestDay().minusDays(1);
        String report = get(report() + "?from=" + to.minusDays(13) + "&to=" + to).body();
        Matcher weeks = Pattern.compile("(?s)<table class=\"averages\" id=\"weeks\">(.*?)</table>").matcher(report);
        assertThat(weeks.find()).as(report).isTrue();
        assertThat(weeks.group(1).split("<th scope=\"row\"")).as("a header and two weeks").hasSize(3);
        assertThat(weeks.group(1)).containsPattern("\\d+/\\d+ mmHg");
    }

    /**
     * The Heart page reads a week's home readings by the report's rule (no first day left out for someone who measures
     * every day, the verdict on enough days): the same mean and the same verdict for the same days, and none for a
     * single day.
     */
    @Test
    void theHeartPageGivesTheReportsHomeAverageAndVerdictForTheSameDays() {
        Actor admin = Actor.signedIn("administrator", port, Household.EMAIL, Household.PASSWORD, token);
        LocalDate to = latestDay().minusDays(1);
        String days = "from=" + to.minusDays(6) + "&to=" + to;
        String report = get("/api/v1/members/" + alex + "/reports/blood-pressure?" + days).body();
        Matcher home = Pattern.compile("id=\"average-home\"[^>]*>(\\d+/\\d+) mmHg<").matcher(report);
        assertThat(home.find()).as(report).isTrue();
        assertThat(report).contains("id=\"category\"").as("measured the day before: every day counts")
                .contains("id=\"goes-on\"").doesNotContain("first day left out");
        String verdict = report.contains("At or above the ESH 2023 home threshold") ? "At or above" : "Below";

        String page = admin.page("GET", "/members/" + alex + "/heart?" + days).body();

        assertThat(page).containsPattern("Morning and evening</th>\\s*<td>\\d+</td>\\s*<td>" + home.group(1)
                + "</td>\\s*<td>" + verdict + "</td>");
        String oneDay = admin.page("GET", "/members/" + alex + "/heart?from=" + to + "&to=" + to).body();
        assertThat(oneDay).as("alex measures every day: a single day is no first day of measuring, and too few")
                .containsPattern("Morning and evening</th>\\s*<td>[1-9]\\d*</td>\\s*<td>\\d+/\\d+</td>\\s*<td>too few "
                        + "readings: for information</td>");
    }

    /**
     * The PDF is tagged for screen readers (PDF/UA): a structure of headings, tables with header cells and the chart
     * as a figure with its text alternative, the language and title said, and every font embedded (which PDF/UA
     * requires: the standard fonts a reader substitutes are not).
     */
    @Test
    void theReportsPdfIsTaggedForScreenReaders() throws IOException {
        var pdf = getBytes("/api/v1/members/" + alex + "/reports/blood-pressure?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Home blood pressure: alex");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            List<String> kinds = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            structure(catalog.getStructureTreeRoot().getKids(), kinds, alternatives);
            assertThat(kinds).contains("H1", "H2", "Table", "TH", "TD", "Figure");
            assertThat(alternatives).as("the chart's text alternative").anyMatch(a -> a.startsWith("Chart of the readings listed below"));
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(visualText().getText(document)).contains("Home blood pressure", "Systolic (mmHg)");
        }
    }

    /**
     * The PDF's text in the order it is seen on the page: a tagged PDF's content is drawn element by element (the
     * structure gives screen readers their order), so the raw content order puts a line's spans after its text.
     */
    private static PDFTextStripper visualText() {
        PDFTextStripper text = new PDFTextStripper();
        text.setSortByPosition(true);
        return text;
    }

    private static void structure(List<Object> kids, List<String> kinds, List<String> alternatives) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                kinds.add(element.getStructureType());
                if (element.getAlternateDescription() != null) {
                    alternatives.add(element.getAlternateDescription());
                }
                structure(element.getKids(), kinds, alternatives);
            }
        }
    }

    /** Who took whose data, in what form and for which days: the household's first question about an export. */
    @Test
    void everyExportAndReportIsInTheAuditLogAndADownloadIsNamedByItsDays() throws IOException {
        LocalDate last = latestDay();
        LocalDate first = last.minusDays(6);
        var csv = get("/api/v1/members/" + alex + "/export?format=csv&from=" + first + "&to=" + last);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("-" + first + "-" + last + "-data.csv").as("a Latin name needs no second spelling")
                .doesNotContain("filename*");
        get("/api/v1/members/" + alex + "/reports/blood-pressure?format=html&from=" + first + "&to=" + last);

        JsonNode entries = json.readTree(new Api(port).get("/api/v1/audit", token).body()).get("items");
        List<String> lines = new ArrayList<>();
        for (JsonNode e : entries) {
            if (e.path("memberId").asLong() == alex) {
                lines.add(e.get("action").asString() + " | " + e.get("detail").asString() + " | "
                        + e.path("userName").asString(""));
            }
        }
        assertThat(lines).contains("EXPORTED | csv, " + first + " to " + last + " | " + Household.NAME,
                "REPORT_MADE | home blood-pressure report (html), " + first + " to " + last + ", ESH 2023 | " + Household.NAME);
    }

    @Test
    void theReadingsTableRepeatsItsHeaderOnEveryPageOfThePdf() throws IOException {
        LocalDate last = latestDay();
        var pdf = getBytes("/api/v1/members/" + alex + "/reports/blood-pressure?format=pdf&from=" + last.minusDays(27)
                + "&to=" + last);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper text = visualText();
            int pagesWithReadings = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String onPage = text.getText(document).replaceAll("\\s+", " ");
                if (READING_ROW.matcher(onPage).find()) {
                    pagesWithReadings++;
                    assertThat(onPage).as("page " + page).contains("Systolic (mmHg)", "Diastolic (mmHg)",
                            "Pulse (bpm)");
                }
            }
            assertThat(pagesWithReadings).as("four weeks of readings run over several pages").isGreaterThan(2);
        }
    }

    @Test
    void theReportNamesItsUnitsAndWhenItWasMadeInItsZone() {
        Instant before = Instant.now();
        String page = get("/api/v1/members/" + alex + "/reports/blood-pressure").body();
        Instant after = Instant.now();
        assertThat(page).contains("Systolic (mmHg)", "Diastolic (mmHg)", "Pulse (bpm)", "Systolic/diastolic (mmHg)")
                .as("the chart's axis").contains(">mmHg</text>");
        DateTimeFormatter made = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH)
                .withZone(ZoneId.of("Europe/Paris"));
        assertThat(page).containsAnyOf("Generated by Pulseboard on\n  <span>" + made.format(before)
                + " (Europe/Paris)</span>", "Generated by Pulseboard on\n  <span>" + made.format(after)
                + " (Europe/Paris)</span>").doesNotContain("UTC");
    }

    @Test
    void anUnknownReportFormatIsA400OnThePageAsInTheApi() {
        var page = PageSession.signIn(port).get("/members/" + alex + "/export/blood-pressure?format=docx");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("docx", "html or pdf").doesNotContain("Home blood pressure", "Exception")
                .as("inside the site's layout").contains("aria-label=\"Main\"", "Sign out")
                .as("at the report's form, on the Export page").contains("id=\"report-error\"", "id=\"report-form\"");
        var api = get("/api/v1/members/" + alex + "/reports/blood-pressure?format=docx");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json.readTree(api.body()).get("detail").asString())
                .isEqualTo("Unknown report format 'docx': html or pdf.");

        var swapped = PageSession.signIn(port).get("/members/" + alex
                + "/export/blood-pressure?format=html&from=2026-11-05&to=2026-11-01");
        assertThat(swapped.statusCode()).isEqualTo(400);
        assertThat(swapped.body()).as("in the form's words, not the API's").contains("id=\"report-error\"",
                "The From day comes after the To day: swap them.").doesNotContain("instant");
    }

    @Test
    void aRefusedDownloadComesBackToItsFormWithTheMessageAndWhatWasChosen() {
        var page = PageSession.signIn(port).get("/members/" + alex
                + "/export/download?format=csv&from=2026-05-01&to=2026-01-01");
        assertThat(page.statusCode()).isEqualTo(400);
        PageHtml html = new PageHtml(page.body());
        assertThat(html.field("download-from").description()).singleElement().asString()
                .isEqualTo("The From day comes after the To day: swap them.");
        assertThat(html.field("download-from").value()).isEqualTo("2026-05-01");
        assertThat(html.field("download-to").value()).isEqualTo("2026-01-01");
        assertThat(html.autofocused()).containsExactly("download-from");
        assertThat(page.body()).containsPattern("value=\"csv\"\\s+checked").doesNotContain("id=\"report-error\"")
                .as("the report's own dates are left alone").doesNotContainPattern("id=\"report-from\"[^>]*value=\"2026");
    }

    @Test
    void aRangeWithoutDataIsSaidPlainly() {
        var report = get("/api/v1/members/" + alex + "/reports/blood-pressure?from=1990-01-01&to=1990-01-07");
        assertThat(report.body()).contains("id=\"nothing-to-report\"");
        JsonNode bundle = json.readTree(get("/api/v1/members/" + alex
                + "/export?format=fhir-bundle&from=1990-01-01&to=1990-01-07").body());
        assertThat(bundle.get("entry")).allSatisfy(e -> assertThat(e.get("resource").get("resourceType").asString())
                .isIn("Patient", "Device"));
    }

    @Test
    void badParametersAndUnknownMembersAreProblems() {
        var format = get("/api/v1/members/" + alex + "/export?format=xml");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(format.body()).get("detail").asString()).contains("fhir-bundle", "withings-csv");
        var far = get("/api/v1/members/" + alex + "/reports/blood-pressure?from=-999999999-01-01&to=2026-01-01");
        assertThat(far.statusCode()).isEqualTo(400);
        assertThat(json.readTree(far.body()).get("detail").asString()).contains("of the years 1900 to 9999");
        var date = get("/api/v1/members/" + alex + "/reports/blood-pressure?from=yesterday");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json.readTree(date.body()).get("detail").asString()).contains("'from'");
        var unknown = get("/api/v1/members/999999/export?format=csv");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("detail").asString()).contains("999999");
    }

    /** {@code /members/abc/...}: the address's mistake, as everywhere else in the API, not a failed export. */
    @Test
    void aMemberIdThatIsNoNumberIsA400NotAFailure(CapturedOutput output) {
        for (String path : List.of("/api/v1/members/abc/reports/blood-pressure", "/api/v1/members/1.5/export",
                "/api/v1/members/99999999999999999999/export?format=csv")) {
            var answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(json.readTree(answer.body()).get("detail").asString()).isEqualTo("The value of 'id' is not valid: it must be a whole number, and not a huge one.");
        }
        var page = PageSession.signIn(port).get("/members/abc/export/blood-pressure");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is nothing at this address.").doesNotContain("For input string");
        assertThat(output.getOut()).doesNotContain("MethodArgumentTypeMismatchException", "Export request failed");
    }

    @Test
    void theExportPageOffersEveryFormatAndTheReport() {
        PageSession session = PageSession.signIn(port);
        var page = session.get("/members/" + alex + "/export");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"fhir-bundle\"", "value=\"fhir-ndjson\"", "value=\"withings-csv\"",
                "value=\"csv\"", "id=\"report-pdf\"");
        assertThat(page.body()).as("the archive's zone is the member's")
                .containsPattern("id=\"import-zone\"[^>]*value=\"Europe/Paris\"")
                .contains("This member's own zone (their");
        long fresh = Household.addMember(new Api(port), Household.token(new Api(port)), "No readings yet");
        assertThat(session.get("/members/" + fresh + "/export").body()).as("unknown: the browser's, said so")
                .contains("this browser's is filled in", "data-browser-zone=\"fill\"");
        var report = session.get("/members/" + alex + "/export/blood-pressure");
        assertThat(report.body()).contains("id=\"average-morning\"", "id=\"average-evening\"",
                "href=\"/members/" + alex + "/export\"", "?format=pdf&amp;from=");
        assertThat(get("/api/v1/members/" + alex + "/reports/blood-pressure").body())
                .as("the API's page names no page to go back to").contains("id=\"average-morning\"")
                .doesNotContain("id=\"report-nav\"");
        var imported = session.upload("/members/" + alex + "/export", "/members/" + alex + "/export/import", "file",
                "archive.zip", getBytes("/api/v1/members/" + alex + "/export?format=withings-csv").body());
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.uri().getQuery()).startsWith("import=");
        String importPage = imported.uri().getPath() + "?" + imported.uri().getQuery();
        String done = Poll.until(Duration.ofSeconds(60), "the import", () -> {
            String body = session.get(importPage).body();
            return body.contains("Import finished.") ? body : null;
        });
        assertThat(done).contains("weight.csv", "bp.csv", "Already there");
        var missing = session.get("/members/999999/export");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("or no longer) shared with you").doesNotContain("Exception")
                .as("inside the site's layout").contains("aria-label=\"Main\"", "Sign out", "class=\"version\"");
    }

    private LocalDate latestDay() {
        return LocalDate.ofInstant(measurements.latest(MemberId.of(alex), MeasurementType.SYSTOLIC_BP).orElseThrow()
                .time(), ZoneId.of("Europe/Paris"));
    }

    private HttpResponse<String> get(String path) {
        return send(path, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) {
        return send(path, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> handler) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET(), handler);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> unzip(byte[] zip) {
        return Archives.unzip(zip);
    }
}
