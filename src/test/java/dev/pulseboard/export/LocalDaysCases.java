package dev.pulseboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.export.csv.WithingsFile;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * Exports and the blood-pressure report in the member's zone (the zone of their latest readings, else UTC): an
 * export's From and To are the member's local days in every format, the report's window ends at the member's today
 * and its zone comes from any reading, an archive imported without a zone is stored in "UTC". The readings come in
 * through the archive import, in the zone given. Run on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LocalDaysCases {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter GAP = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @Value("${server.port}")
    int port;

    Api api;
    String token;
    Archives archives;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        token = Household.token(api);
        archives = new Archives(api, token);
    }

    @Test
    void anExportsDaysAreTheMembersLocalDaysInEveryFormatAndInstantsStayInstants() {
        long kiri = Household.addMember(api, token, "Kiri");
        imported(kiri, "Pacific/Auckland", Map.of(
                "weight.csv", header(WithingsFile.WEIGHT) + "2026-12-01 08:00:00,61.2,,,,,\n"
                        + "2026-12-02 08:00:00,61.4,,,,,\n",
                "aggregates_steps.csv", "date,value\n2026-11-30,1000\n2026-12-01,2000\n2026-12-02,3000\n"));
        String export = "/api/v1/members/" + kiri + "/export?from=2026-12-01&to=2026-12-01&format=";

        String tidy = api.get(export + "csv", token).body();
        assertThat(tidy).as("local 1 December in Auckland is 30 November 11:00 to 1 December 11:00 UTC")
                .contains("2026-11-30T19:00:00Z,Pacific/Auckland,weight,61.2,").doesNotContain("61.4")
                .contains(",steps,2000,").doesNotContain(",steps,1000,", ",steps,3000,");
        var withings = archives.download(export + "withings-csv");
        assertThat(withings.get("weight.csv")).contains("2026-12-01 08:00:00,61.2").doesNotContain("2026-12-02");
        assertThat(withings.get("aggregates_steps.csv").lines()).containsExactly("date,value", "2026-12-01,2000");
        assertThat(api.get(export + "fhir-bundle", token).body()).contains("\"2026-12-01T08:00:00+13:00\"")
                .doesNotContain("2026-12-02T08:00:00+13:00");

        PageSession session = PageSession.signIn(port);
        assertThat(session.get("/members/" + kiri + "/export/download?format=csv&from=2026-12-01&to=2026-12-01")
                .body()).as("the Export page's download, the same days").isEqualTo(tidy);
        assertThat(session.get("/members/" + kiri + "/export").body()).as("the page says which zone")
                .contains("id=\"export-zone\">Pacific/Auckland</strong>", "the zone of this member (their Withings profile, else their latest readings)")
                .as("what the Withings-style files leave out, and their times' zone")
                .containsPattern("(?s)id=\"formats-carry\".*local times in <span>Pacific/Auckland</span>.*sleep scores, ECGs");

        assertThat(api.get("/api/v1/members/" + kiri + "/export?format=csv&from=2026-12-01T00:00:00Z"
                + "&to=2026-12-02T00:00:00Z", token).body()).as("instants are the instants given")
                .contains("2026-12-01T19:00:00Z,Pacific/Auckland,weight,61.4,").doesNotContain("61.2");
    }

    @Test
    void theApisDaysForReadingsWorkoutsAndEcgsAreTheMembersLocalDaysAsInExports() {
        long aroha = Household.addMember(api, token, Household.named("Aroha"));
        imported(aroha, "Pacific/Auckland", Map.of(
                "weight.csv", header(WithingsFile.WEIGHT) + "2026-11-28 08:00:00,58.1,,,,,\n"
                        + "2026-11-29 08:00:00,58.3,,,,,\n",
                "activities.csv", header(WithingsFile.ACTIVITIES)
                        + "2026-11-28 10:41:00,2026-11-28 11:20:00,,,Pacific/Auckland,Walking,{},,\n"));
        String member = "/api/v1/members/" + aroha;

        JsonNode weights = api.get(member + "/measurements?type=weight&from=2026-11-28&to=2026-11-28", token).json();
        assertThat(weights.get("items")).as("08:00 on 28 November in Auckland is 19:00 UTC on the 27th").hasSize(1);
        assertThat(weights.get("items").get(0).get("time").asString()).isEqualTo("2026-11-27T19:00:00Z");
        JsonNode workouts = api.get(member + "/workouts?from=2026-11-28&to=2026-11-28", token).json();
        assertThat(workouts.get("items")).as("a morning walk in Auckland is on its Auckland day").hasSize(1);
        assertThat(api.get(member + "/workouts?from=2026-11-27&to=2026-11-27", token).json().get("items")).isEmpty();
        assertThat(api.get(member + "/measurements?type=weight&from=2026-11-28T00:00:00Z", token).json().get("items"))
                .as("an instant stays the instant given").hasSize(1);
    }

    @Test
    void aWorkoutIsExportedInItsOwnZoneAsOneTidyRowPerFigureAndAsAnExerciseDurationObservation() {
        long tama = Household.addMember(api, token, "Tama");
        imported(tama, "Pacific/Auckland", Map.of("weight.csv", header(WithingsFile.WEIGHT)
                + "2026-11-28 08:00:00,80.1,,,,,\n", "activities.csv", header(WithingsFile.ACTIVITIES)
                + "2026-11-28 10:41:00,2026-11-28 11:20:00,,,Pacific/Auckland,Running,\"{\"\"calories\"\":312.5,"
                + "\"\"steps\"\":4100,\"\"distance\"\":5230,\"\"hr_average\"\":148,\"\"hr_max\"\":171,"
                + "\"\"intensity\"\":60}\",,\n"));
        String id = "withings-workout:" + -Instant.parse("2026-11-27T21:41:00Z").getEpochSecond();
        String export = "/api/v1/members/" + tama + "/export?from=2026-11-28&to=2026-11-28&format=";

        String at = "2026-11-27T21:41:00Z,Pacific/Auckland,";
        assertThat(api.get(export + "csv", token).body().lines().filter(l -> l.contains(",workout_")))
                .as("10:41 in Auckland is 21:41 UTC the day before; one value per row, one id per workout")
                .containsExactly(at + "workout_category,2,Run,withings," + id,
                        at + "workout_duration,2340,s,withings," + id,
                        at + "workout_calories,312.5,kcal,withings," + id,
                        at + "workout_distance,5230,m,withings," + id,
                        at + "workout_steps,4100,steps,withings," + id,
                        at + "workout_hr_average,148,bpm,withings," + id,
                        at + "workout_hr_max,171,bpm,withings," + id,
                        at + "workout_intensity,60,,withings," + id);

        JsonNode workout = null;
        for (JsonNode entry : api.get(export + "fhir-bundle", token).json().get("entry")) {
            if ("55411-3".equals(entry.get("resource").path("code").path("coding").path(0).path("code").asString(""))) {
                workout = entry.get("resource");
            }
        }
        assertThat(workout).as("the workout's Observation").isNotNull();
        assertThat(workout.get("effectivePeriod").get("start").asString()).isEqualTo("2026-11-28T10:41:00+13:00");
        assertThat(workout.get("effectivePeriod").get("end").asString()).isEqualTo("2026-11-28T11:20:00+13:00");
        assertThat(workout.get("valueQuantity").get("value").decimalValue()).isEqualByComparingTo("39");
        assertThat(workout.get("valueQuantity").get("code").asString()).isEqualTo("min");
        Map<String, String> components = new LinkedHashMap<>();
        for (JsonNode c : workout.get("component")) {
            JsonNode value = c.has("valueQuantity") ? c.get("valueQuantity").get("value")
                    : c.get("valueCodeableConcept").get("coding").get(0).get("code");
            components.put(c.get("code").get("coding").get(0).get("code").asString(),
                    value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asString());
        }
        assertThat(components).containsExactly(Map.entry("73985-4", "2"), Map.entry("41981-2", "312.5"),
                Map.entry("workout-distance", "5230"), Map.entry("55423-8", "4100"), Map.entry("55425-3", "148"),
                Map.entry("55426-1", "171"), Map.entry("workout-intensity", "60"));
    }

    @Test
    void theReportsWindowEndsAtTheMembersTodayAndSaysSo() {
        long hemi = Household.addMember(api, token, "Hemi");
        String report = onOneDay(AUCKLAND, today -> {
            imported(hemi, "Pacific/Auckland", Map.of("bp.csv", header(WithingsFile.BP)
                    + today.minusDays(2) + " 07:00:00,62,128,82,\n" + today.minusDays(1) + " 07:00:00,63,129,83,\n"));
            String body = api.get("/api/v1/members/" + hemi + "/reports/blood-pressure?from=" + today.minusDays(2),
                    token).body();
            assertThat(body).containsPattern(HEADING.format(today.minusDays(2)) + "</span> to\\s+<span>"
                    + HEADING.format(today) + "</span>")
                    .contains("id=\"window-cut\"", HEADING.format(today.plusDays(4)));
            for (int d = 0; d <= 4; d++) {
                assertThat(body).as("no gap today (not over) or after").doesNotContain(GAP.format(today.plusDays(d)));
            }
            return body;
        });
        assertThat(report).contains("id=\"missing\"");

        var future = onOneDay(AUCKLAND, today -> api.get("/api/v1/members/" + hemi
                + "/reports/blood-pressure?from=" + today.plusDays(1), token));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asString()).contains("cannot start after today", "Pacific/Auckland");
        var emptyFile = onOneDay(AUCKLAND, today -> api.get("/api/v1/members/" + hemi + "/export?format=fhir-bundle"
                + "&from=" + today.plusDays(1), token));
        assertThat(emptyFile.status()).as("an empty file without a word looks like lost data").isEqualTo(400);
        assertThat(emptyFile.json().get("detail").asString()).contains("export cannot start after today",
                "Pacific/Auckland");
        assertThat(onOneDay(AUCKLAND, today -> api.get("/api/v1/members/" + hemi + "/export?format=csv&from=" + today,
                token)).status()).as("today, in the member's zone").isEqualTo(200);
    }

    @Test
    void theReportsZoneIsTheMembersEvenWithoutBloodPressureReadings() {
        long sam = Household.addMember(api, token, "Sam in New York");
        imported(sam, "America/New_York", Map.of("weight.csv", header(WithingsFile.WEIGHT)
                + "2026-11-20 07:30:00,70.5,,,,,\n"));
        String report = api.get("/api/v1/members/" + sam + "/reports/blood-pressure", token).body();
        assertThat(report).contains("dates and times in <span>America/New_York</span>", "(America/New_York)")
                .doesNotContain("UTC");
    }

    @Test
    void anArchiveForAMemberWithoutAZoneNeedsOneAndUtcIsStoredByName() {
        long member = Household.addMember(api, token, "Zone unknown");
        byte[] zip = Archives.zip(Map.of("weight.csv", header(WithingsFile.WEIGHT) + "2026-11-20 07:30:00,70.5,,,,,\n"));
        var refused = archives.upload(member + "/imports", zip);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("time zone is not known yet", "send timeZone");
        assertThat(api.get("/api/v1/members/" + member + "/measurements?type=weight", token).json().get("items"))
                .as("nothing stored").isEmpty();

        imported(member, "UTC", Map.of("weight.csv", header(WithingsFile.WEIGHT) + "2026-11-20 07:30:00,70.5,,,,,\n"));
        assertThat(api.get("/api/v1/members/" + member + "/export?format=csv", token).body())
                .contains("2026-11-20T07:30:00Z,UTC,weight,70.5,");
        PageSession session = PageSession.signIn(port);
        assertThat(session.get("/members/" + member).body()).contains("Dates and times in <strong>UTC</strong>");
        assertThat(session.get("/members/" + member + "/export").body())
                .contains("id=\"export-zone\">UTC</strong>");
    }

    @Test
    void aReportOfImportedReadingsIsNotCalledDemoDataInDemoMode() {
        long member = Household.addMember(api, token, "Imported pressure");
        imported(member, "Europe/Paris", Map.of("bp.csv", "Date,Heart rate,Systolic,Diastolic,Comments\n"
                + "2026-11-20 07:00:00,60,120,80,\n2026-11-20 07:01:00,61,122,81,\n"));
        long empty = Household.addMember(api, token, "No pressure");
        assertThat(api.get("/api/v1/members/" + empty + "/reports/blood-pressure", token).body())
                .as("no readings: nothing to call made up").doesNotContain("id=\"demo-data\"");
        String report = report(member, "2026-11-19", "2026-11-25");
        assertThat(report).contains("Withings archive").doesNotContain("id=\"demo-data\"")
                .doesNotContain("demo data, made up");
    }

    @Test
    void sixMorningsAreNoVerdictAndTheFirstDayLeftOutIsTheFirstDayMeasured() {
        long member = Household.addMember(api, token, "Mornings only");
        StringBuilder bp = new StringBuilder("Date,Heart rate,Systolic,Diastolic,Comments\n");
        for (int day = 3; day <= 8; day++) {
            bp.append("2026-10-0").append(day).append(" 07:00:00,60,124,80,\n");
        }
        imported(member, "Europe/Paris", Map.of("bp.csv", bp.toString()));

        String report = report(member, "2026-10-01", "2026-10-10");

        assertThat(report).as("six single mornings are not a home series: no category")
                .doesNotContain("id=\"category\"").contains("id=\"too-few\"", "0 days have both")
                .as("the home row says what it holds").contains(">Home: mornings only (first day left out)<");
        assertThat(report).as("3 October, the first day measured, is the day left out: 5 readings averaged")
                .containsPattern("id=\"average-home\"[^>]*>124/80 mmHg</td>(?:\\s*<td class=\"num spread\"[^>]*>[^<]*</td>){2}\\s*<td class=\"num\" id=\"pulse-home\">60</td>\\s*<td class=\"num\" id=\"home-count\">5\u00a0on\u00a05\u00a0days</td>");

        String goesOn = report(member, "2026-10-04", "2026-10-10");
        assertThat(goesOn).as("measured on 3 October too, the day before: measuring went on, 4 October counts")
                .contains("id=\"goes-on\"", ">Home: mornings only<").doesNotContain("first day left out")
                .doesNotContain("faded: the first day")
                .containsPattern("id=\"home-count\">5\u00a0on\u00a05\u00a0days</td>");
        assertThat(report).doesNotContain("id=\"goes-on\"");
        String heart = PageSession.signIn(port)
                .get("/members/" + member + "/heart?range=custom&from=2026-10-04&to=2026-10-10").body();
        assertThat(heart).as("the Heart page reads the same days the same way")
                .containsPattern("Morning \\(4:00\u201312:00\\)</th>\\s*<td>5</td>\\s*<td>124/80</td>");
    }

    /** A week in New York: two readings a minute apart at 07:00 and at 21:00 of 130/80, one at 15:00 of 170/95. */
    private static String newYorkWeek() {
        StringBuilder bp = new StringBuilder("Date,Heart rate,Systolic,Diastolic,Comments\n");
        for (int day = 21; day <= 27; day++) {
            for (String time : new String[] { "07:00", "07:01", "21:00", "21:01" }) {
                bp.append("2026-11-").append(day).append(' ').append(time).append(":00,60,130,80,\n");
            }
            bp.append("2026-11-").append(day).append(" 15:00:00,70,170,95,\n");
        }
        return bp.toString();
    }

    @Test
    void readingsAtOtherHoursAreAveragedApartAndDecideNoVerdict() {
        long member = Household.addMember(api, token, "Afternoons");
        imported(member, "America/New_York", Map.of("bp.csv", newYorkWeek()));

        String report = report(member, "2026-11-21", "2026-11-27");

        assertThat(report).as("the home average is the mornings' and evenings': 24 readings after the first day")
                .containsPattern("id=\"average-home\"[^>]*>130/80 mmHg</td>(?:\\s*<td class=\"num spread\"[^>]*>[^<]*</td>){2}\\s*<td class=\"num\" id=\"pulse-home\">60</td>\\s*<td class=\"num\" id=\"home-count\">24\u00a0on\u00a06\u00a0days</td>")
                .containsPattern("id=\"average-other\"[^>]*>170/95 mmHg</td>(?:\\s*<td class=\"num spread\"[^>]*>[^<]*</td>){2}\\s*<td class=\"num\">70</td>\\s*<td class=\"num\">6</td>")
                .contains("Below the ESH 2023 home threshold").doesNotContain("consistent with hypertension");

        String aha = report(member, "2026-11-21", "2026-11-27&guideline=AHA_ACC_2025");
        assertThat(aha).as("130/80 at home is AHA/ACC's stage 1, each such reading marked")
                .contains("At or above the AHA/ACC 2025 home threshold (130/80 mmHg): consistent with hypertension on "
                        + "home readings, stage 1 (130/80 to 134/84 at home)", "<td class=\"num high\">130</td>",
                        "AHA/ACC 2025 home threshold of 130/80</span> mmHg", "home thresholds 130 and 80 mmHg")
                .contains("<td class=\"num high\" id=\"average-home\">130/80 mmHg</td>");
        var unknown = api.get("/api/v1/members/" + member + "/reports/blood-pressure?guideline=WHO", token);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("Unknown guideline 'WHO': ESH_2023 or "
                + "AHA_ACC_2025.");
    }

    @Test
    void aReadingIsPlacedOnTheClockWhereItWasTakenAfterTheMemberMoved() {
        long member = Household.addMember(api, token, "Traveller");
        imported(member, "America/New_York", Map.of("bp.csv", newYorkWeek()));
        imported(member, "Asia/Tokyo", Map.of("bp.csv", "Date,Heart rate,Systolic,Diastolic,Comments\n"
                + "2026-12-01 08:00:00,60,125,80,\n"));

        String report = report(member, "2026-11-21", "2026-11-27");

        assertThat(report).as("New York's mornings stay mornings, its 15:00 readings other hours")
                .containsPattern("id=\"average-morning\"[^>]*>130/80 mmHg</td>(?:\\s*<td class=\"num spread\"[^>]*>[^<]*</td>){2}\\s*<td class=\"num\">60</td>\\s*<td class=\"num\">12</td>")
                .containsPattern("id=\"average-evening\"[^>]*>130/80 mmHg</td>(?:\\s*<td class=\"num spread\"[^>]*>[^<]*</td>){2}\\s*<td class=\"num\">60</td>\\s*<td class=\"num\">12</td>")
                .contains("07:00 (America/New_York)").doesNotContain("Sun 22 Nov 2026: 0 morning");
        assertThat(report).as("the member's zone is now Tokyo's").contains("dates and times in <span>Asia/Tokyo</span>",
                "id=\"taken-elsewhere\"");
    }

    @Test
    void decimalReadingsAreRoundedNotCutAndAVerdictNeedsNoMoreThanAMonth() {
        long member = Household.addMember(api, token, "Decimals");
        StringBuilder bp = new StringBuilder("Date,Heart rate,Systolic,Diastolic,Comments\n");
        for (int day = 1; day <= 5; day++) {
            for (String time : new String[] { "07:00", "07:01", "21:00", "21:01" }) {
                bp.append("2026-10-0").append(day).append(' ').append(time).append(":00,60.7,134.9,84.9,\n");
            }
        }
        imported(member, "Europe/Paris", Map.of("bp.csv", bp.toString()));

        String week = report(member, "2026-10-01", "2026-10-05");
        assertThat(week).as("134.9/84.9 is 135/85, at the threshold, each reading marked so")
                .contains("<td class=\"num high\">135</td>", "<td class=\"num high\">85</td>",
                        "<td class=\"num\">61</td>").contains("At or above the ESH 2023")
                .containsPattern("id=\"average-home\"[^>]*>135/85 mmHg</td>\\s*<td class=\"num spread\" id=\"spread-home\">135\u2013135/85\u201385</td>\\s*<td class=\"num spread\" id=\"sd-home\">0/0</td>\\s*<td class=\"num\" id=\"pulse-home\">61</td>");

        String years = report(member, "1990-01-01", "2026-11-30");
        assertThat(years).as("five days in 37 years are no protocol week: no verdict")
                .contains("id=\"over-a-month\"").doesNotContain("id=\"category\"");
        assertThat(years).as("the gaps are counted from the first day of measuring, 1 October, not from 1990")
                .contains("Of the 60 days after the first: 56 without readings");
    }

    /** The member's blood-pressure report of the days given, as the API answers it (HTML). */
    private String report(long member, String from, String to) {
        return api.get("/api/v1/members/" + member + "/reports/blood-pressure?from=" + from + "&to=" + to, token)
                .body();
    }

    @Test
    void aLoginThatIsAMemberReadsPagesAboutNoMemberInItsOwnZone() {
        String name = Household.named("Kaito");
        long member = Household.addMember(api, token, name);
        imported(member, "Asia/Tokyo", Map.of("bp.csv", "Date,Heart rate,Systolic,Diastolic,Comments\n"
                + "2026-11-20 07:00:00,60,120,80,\n"));
        String email = "kaito-" + System.nanoTime() + "@example.org";
        Household.invitedLogin(api, token, "{\"memberId\":" + member + ",\"role\":\"MEMBER\"}", email,
                "kaito password", name);
        assertThat(api.postBasic("/api/v1/tokens", email, "kaito password", "{\"name\":\"phone\"}").status())
                .isEqualTo(201);
        assertThat(PageSession.signIn(port, email, "kaito password").get("/account/tokens").body())
                .as("the member's own zone, not the server's").contains("Times in <span>Asia/Tokyo</span>");
    }

    private void imported(long member, String zone, Map<String, String> files) {
        JsonNode report = archives.importAndWait(member + "/imports" + (zone == null ? "" : "?timeZone=" + zone),
                Archives.zip(files));
        assertThat(report.get("state").asString()).as(report.toString()).isEqualTo("DONE");
        report.get("files").forEach(f -> assertThat(f.get("problems")).as(f.toString()).isEmpty());
    }

    private static String header(WithingsFile file) {
        return String.join(",", file.header()) + "\n";
    }

    /** Runs {@code test} with the zone's today, again if that day ended meanwhile (midnight came in between). */
    private static <T> T onOneDay(ZoneId zone, Function<LocalDate, T> test) {
        LocalDate today = LocalDate.now(zone);
        try {
            T result = test.apply(today);
            if (today.equals(LocalDate.now(zone))) {
                return result;
            }
        } catch (AssertionError e) {
            if (today.equals(LocalDate.now(zone))) {
                throw e;
            }
        }
        return test.apply(LocalDate.now(zone));
    }
}
