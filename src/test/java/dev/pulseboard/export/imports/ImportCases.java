package dev.pulseboard.export.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.export.Archives;
import dev.pulseboard.export.Personas;
import dev.pulseboard.export.csv.WithingsFile;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import of Withings' archive through the API: the full-kit persona's own archive (as Pulseboard writes it)
 * into a new member equals the synced history, again changes nothing, into the synced member doubles nothing; again
 * in another time zone, it moves what the first import stored instead of doubling it; bad archives and bad files are
 * reported with what and where, and nothing of a failed file is stored. Run on H2 and on PostgreSQL (the export it
 * starts from streams the measurements through a cursor there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportCases {

    private static final LocalDate EVER = LocalDate.of(1970, 1, 1);
    private static final LocalDate NEVER = LocalDate.of(9999, 1, 1);

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    Measurements measurements;

    @Autowired
    DailyData daily;

    @Autowired
    ActivityDetail activityDetail;

    @Autowired
    JsonMapper json;

    @Autowired
    ImportLiveness liveness;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    Api api;
    Archives archives;
    String token;
    long alex;
    byte[] archive;

    @BeforeAll
    void syncTheFullKitPersonaAndExportItsArchive() throws Exception {
        api = new Api(port);
        token = Household.token(api);
        archives = new Archives(api, token);
        var persona = emulator.personas().stream().filter(p -> p.id().equals("alex")).findFirst().orElseThrow();
        alex = Personas.synced(api, token, "alex", persona.userId());
        archive = http.send(request("/api/v1/members/" + alex + "/export?format=withings-csv").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    @Test
    void theArchiveIntoANewMemberEqualsTheSyncedHistoryAndAgainChangesNothing() {
        long copy = Household.addMember(api, token, "Alex from the archive");
        JsonNode first = importAndWait(copy + "/imports?timeZone=Europe/Paris", archive);
        assertThat(first.get("state").asString()).isEqualTo("DONE");
        Map<String, JsonNode> files = byName(first);
        assertThat(files.get("weight.csv").get("imported").asInt()).isGreaterThan(1000);
        assertThat(files.get("bp.csv").get("alreadyThere").asInt()).isZero();
        for (MeasurementType type : new MeasurementType[] { MeasurementType.WEIGHT, MeasurementType.FAT_MASS,
                MeasurementType.SYSTOLIC_BP, MeasurementType.DIASTOLIC_BP }) {
            assertThat(points(copy, type)).as(type.apiName()).isEqualTo(points(alex, type));
        }
        assertThat(daily.nights(MemberId.of(copy), EVER, NEVER)).hasSameSizeAs(daily.nights(MemberId.of(alex), EVER,
                NEVER));
        assertThat(daily.activity(MemberId.of(copy), EVER, NEVER).stream().map(d -> d.date() + "=" + d.steps()))
                .isEqualTo(daily.activity(MemberId.of(alex), EVER, NEVER).stream().filter(d -> d.steps() != null)
                        .map(d -> d.date() + "=" + d.steps()).toList());
        assertThat(files.get("activities.csv").get("imported").asInt()).isPositive();
        assertThat(workouts(copy)).as("every workout, with its type and figures").isEqualTo(workouts(alex));

        JsonNode again = importAndWait(copy + "/imports", archive);
        byName(again).forEach((name, f) -> {
            assertThat(f.get("imported").asInt()).as(name).isZero();
        });
        assertThat(byName(again).get("bp.csv").get("alreadyThere").asInt())
                .isEqualTo(files.get("bp.csv").get("imported").asInt());
        assertThat(measurements.series(MemberId.of(copy), MeasurementType.WEIGHT, null, null))
                .hasSameSizeAs(measurements.series(MemberId.of(alex), MeasurementType.WEIGHT, null, null));
        List<String> days = jdbc.sql("select withings_user, activity_date from activity_day where member_id = ?")
                .param(copy).query((rs, n) -> "'" + rs.getString(1) + "' " + rs.getDate(2)).list();
        assertThat(days).as("imported twice: one row a date, of no Withings account").doesNotHaveDuplicates()
                .hasSameSizeAs(daily.activity(MemberId.of(copy), EVER, NEVER)).allMatch(r -> r.startsWith("'' "));
    }

    @Test
    void theArchiveIntoTheSyncedMemberDoublesNothing() {
        long before = measurements.count(MemberId.of(alex));
        JsonNode report = importAndWait(alex + "/imports", archive);
        assertThat(report.get("state").asString()).isEqualTo("DONE");
        byName(report).forEach((name, f) -> assertThat(f.get("imported").asInt()).as(name).isZero());
        assertThat(byName(report).get("weight.csv").get("alreadyThere").asInt()).isGreaterThan(1000);
        assertThat(measurements.count(MemberId.of(alex))).isEqualTo(before);
    }

    /**
     * An archive imported in the wrong zone, then again in the right one: every reading, night and workout is there
     * once, at the right zone's instants, and the report says how many were moved; a third import in the same zone
     * changes nothing. A workout whose row names its zone is read in it, whatever zone the import was given.
     */
    @Test
    void reimportingInAnotherZoneMovesWhatTheFirstImportStored() {
        long member = Household.addMember(api, token, Household.named("Wrong zone first"));
        byte[] zip = zip(Map.of(
                "weight.csv", "Date,Weight (kg),Fat mass (kg)\n2025-03-01 07:00:00,80.1,16.2\n"
                        + "2025-03-02 07:05:00,80.3,\n",
                "bp.csv", "Date,Heart rate,Systolic,Diastolic,Comments\n2025-03-01 07:10:00,61,121,79,\n",
                "sleep.csv", "from,to,light (s),deep (s)\n2025-03-01 23:00:00,2025-03-02 06:30:00,14400,7200\n",
                "activities.csv", "from,to,Timezone,Activity type,Data\n"
                        + "2025-03-02 10:00:00,2025-03-02 10:45:00,,Walking,{}\n"
                        + "2025-03-03 10:00:00,2025-03-03 10:30:00,Asia/Tokyo,Walking,{}\n"));
        JsonNode wrong = importAndWait(member + "/imports?timeZone=America/New_York", zip);
        assertThat(byName(wrong).get("weight.csv").get("imported").asInt()).isEqualTo(2);

        Map<String, JsonNode> right = byName(importAndWait(member + "/imports?timeZone=Europe/Paris", zip));
        assertThat(right.get("weight.csv").get("imported").asInt()).isEqualTo(2);
        assertThat(right.get("weight.csv").get("problems").toString()).contains(
                "2 readings imported earlier in another time zone were moved to Europe/Paris");
        assertThat(right.get("bp.csv").get("problems").toString()).contains("1 reading imported earlier");
        assertThat(right.get("sleep.csv").get("imported").asInt()).isEqualTo(1);
        assertThat(right.get("sleep.csv").get("problems").toString()).contains(
                "1 night imported earlier in another time zone was moved to Europe/Paris");
        assertThat(right.get("activities.csv").get("imported").asInt()).isEqualTo(1);
        assertThat(right.get("activities.csv").get("alreadyThere").asInt()).isEqualTo(1);
        assertThat(right.get("activities.csv").get("problems").toString()).contains("1 workout imported earlier");
        assertTheArchiveIsThereOnceInParis(member);

        Map<String, JsonNode> same = byName(importAndWait(member + "/imports?timeZone=Europe/Paris", zip));
        same.forEach((name, f) -> {
            assertThat(f.get("imported").asInt()).as(name).isZero();
            assertThat(f.get("problems")).as(name).isEmpty();
        });
        assertTheArchiveIsThereOnceInParis(member);
    }

    /** A night written with its offset (as Pulseboard's own archive writes them) keeps that offset's day and clock. */
    @Test
    void aNightWrittenWithItsOffsetIsDatedByItWhateverZoneTheArchiveIsReadIn() {
        long member = Household.addMember(api, token, Household.named("Offsets"));
        byte[] zip = zip(Map.of("sleep.csv", "from,to,light (s),deep (s)\n"
                + "2025-03-01T17:00:00+01:00,2025-03-02T00:30:00+01:00,14400,7200\n"));
        assertThat(byName(importAndWait(member + "/imports?timeZone=UTC", zip)).get("sleep.csv").get("imported")
                .asInt()).isEqualTo(1);
        var night = api.get("/api/v1/members/" + member + "/sleep?from=2025-02-01&to=2025-03-31", token).json()
                .get("items").get(0);
        assertThat(night.get("end").asString()).isEqualTo("2025-03-01T23:30:00Z");
        assertThat(night.get("date").asString()).as("the day it ended where it was slept, not in UTC")
                .isEqualTo("2025-03-02");
        assertThat(api.get("/api/v1/members/" + member + "/export?format=csv", token).body())
                .as("and its clock").contains(",+01:00,sleep_");
    }

    /**
     * A reading that an import before this release stored twice (once per zone it was imported in): imported again
     * in one of those zones, it is there once, at that zone's instant.
     */
    @Test
    void aReadingImportedTwiceInTwoZonesIsLeftOnceByAnImportInOneOfThem() {
        long member = Household.addMember(api, token, Household.named("Doubled before"));
        Instant newYork = Instant.parse("2025-03-01T12:00:00Z");
        Instant paris = Instant.parse("2025-03-01T06:00:00Z");
        measurements.store(MemberId.of(member), List.of(
                new MeasurementRecord(-(newYork.getEpochSecond() * 8 + 1), MeasurementType.WEIGHT, null, 801, -1,
                        newYork, null, 0, null, ImportJobs.ARCHIVE_DEVICE, "America/New_York"),
                new MeasurementRecord(-(paris.getEpochSecond() * 8 + 1), MeasurementType.WEIGHT, null, 801, -1,
                        paris, null, 0, null, ImportJobs.ARCHIVE_DEVICE, "Europe/Paris")));

        JsonNode weight = byName(importAndWait(member + "/imports?timeZone=Europe/Paris", zip(Map.of("weight.csv",
                "Date,Weight (kg)\n2025-03-01 07:00:00,80.1\n")))).get("weight.csv");
        assertThat(weight.get("alreadyThere").asInt()).isEqualTo(1);
        assertThat(weight.get("problems")).as("nothing written, so nothing moved").isEmpty();
        assertThat(points(member, MeasurementType.WEIGHT)).containsExactly(paris.getEpochSecond() + "=80.1");
    }

    /**
     * Two readings of the same value six hours apart, imported in UTC, then in Asia/Dhaka (six hours ahead): the second
     * one's new instant is the first one's old one. Each moves to its own new instant; none is lost or taken for the
     * other. The same for two workouts.
     */
    @Test
    void readingsAZoneShiftApartAreEachMovedNotTakenForEachOther() {
        long member = Household.addMember(api, token, Household.named("Zone shift apart"));
        byte[] zip = zip(Map.of(
                "weight.csv", "Date,Weight (kg)\n2025-03-01 10:00:00,80.1\n2025-03-01 16:00:00,80.1\n",
                "activities.csv", "from,to,Activity type,Data\n2025-03-02 10:00:00,2025-03-02 10:30:00,Walking,{}\n"
                        + "2025-03-02 16:00:00,2025-03-02 16:30:00,Walking,{}\n"));
        importAndWait(member + "/imports?timeZone=UTC", zip);

        Map<String, JsonNode> dhaka = byName(importAndWait(member + "/imports?timeZone=Asia/Dhaka", zip));
        assertThat(dhaka.get("weight.csv").get("imported").asInt()).isEqualTo(2);
        assertThat(dhaka.get("weight.csv").get("problems").toString()).contains("2 readings imported earlier");
        assertThat(dhaka.get("activities.csv").get("imported").asInt()).isEqualTo(2);
        assertThat(points(member, MeasurementType.WEIGHT)).containsExactly(
                Instant.parse("2025-03-01T04:00:00Z").getEpochSecond() + "=80.1",
                Instant.parse("2025-03-01T10:00:00Z").getEpochSecond() + "=80.1");
        assertThat(workouts(member)).containsExactly(
                "1 2025-03-02T04:00:00Z 2025-03-02T04:30:00Z null null null null",
                "1 2025-03-02T10:00:00Z 2025-03-02T10:30:00Z null null null null");
    }

    private void assertTheArchiveIsThereOnceInParis(long member) {
        assertThat(points(member, MeasurementType.WEIGHT)).containsExactly(
                Instant.parse("2025-03-01T06:00:00Z").getEpochSecond() + "=80.1",
                Instant.parse("2025-03-02T06:05:00Z").getEpochSecond() + "=80.3");
        assertThat(points(member, MeasurementType.FAT_MASS)).containsExactly(
                Instant.parse("2025-03-01T06:00:00Z").getEpochSecond() + "=16.2");
        long bp = Instant.parse("2025-03-01T06:10:00Z").getEpochSecond();
        assertThat(points(member, MeasurementType.SYSTOLIC_BP)).containsExactly(bp + "=121");
        assertThat(points(member, MeasurementType.DIASTOLIC_BP)).containsExactly(bp + "=79");
        assertThat(points(member, MeasurementType.HEART_RATE)).containsExactly(bp + "=61");
        assertThat(daily.nights(MemberId.of(member), EVER, NEVER)).singleElement().satisfies(n -> {
            assertThat(n.start()).isEqualTo(Instant.parse("2025-03-01T22:00:00Z"));
            assertThat(n.timezone()).isEqualTo("Europe/Paris");
        });
        assertThat(workouts(member)).containsExactly(
                "1 2025-03-02T09:00:00Z 2025-03-02T09:45:00Z null null null null",
                "1 2025-03-03T01:00:00Z 2025-03-03T01:30:00Z null null null null");
    }

    /**
     * A synced reading, night and workout written in the archive at their local times, imported in another zone
     * than theirs: recognised by their local time in their own zone, neither doubled nor moved.
     */
    @Test
    void aSyncedReadingNightAndWorkoutAtTheSameLocalTimeAreNeitherDoubledNorMoved() {
        MemberId synced = MemberId.of(alex);
        var weight = measurements.latest(synced, MeasurementType.WEIGHT).orElseThrow();
        var allNights = daily.nights(synced, EVER, NEVER);
        var night = allNights.get(allNights.size() - 1);
        var allWorkouts = activityDetail.workouts(synced, Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"));
        var workout = allWorkouts.get(allWorkouts.size() - 1);
        ZoneId other = ZoneId.of(weight.timeZone()).equals(ZoneId.of("Asia/Tokyo")) ? ZoneId.of("America/Denver")
                : ZoneId.of("Asia/Tokyo");
        long before = measurements.count(synced);
        List<String> points = points(alex, MeasurementType.WEIGHT);
        List<String> workouts = workouts(alex);

        Map<String, JsonNode> report = byName(importAndWait(alex + "/imports?timeZone=" + other, zip(Map.of(
                "weight.csv", "Date,Weight (kg)\n" + local(weight.time(), weight.timeZone()) + ","
                        + weight.value().toPlainString() + "\n",
                "sleep.csv", "from,to\n" + local(night.start(), night.timezone()) + ","
                        + local(night.end(), night.timezone()) + "\n",
                "activities.csv", "from,to,Activity type\n" + local(workout.start(), workout.timezone()) + ","
                        + local(workout.end(), workout.timezone()) + "," + workout.category() + "\n"))));
        report.forEach((name, f) -> {
            assertThat(f.get("imported").asInt()).as(name).isZero();
            assertThat(f.get("alreadyThere").asInt()).as(name).isEqualTo(1);
            assertThat(f.get("problems")).as(name).isEmpty();
        });
        assertThat(measurements.count(synced)).isEqualTo(before);
        assertThat(points(alex, MeasurementType.WEIGHT)).isEqualTo(points);
        assertThat(daily.nights(synced, EVER, NEVER)).hasSameSizeAs(allNights);
        assertThat(workouts(alex)).isEqualTo(workouts);
    }

    private static String local(Instant time, String zone) {
        return WithingsFile.LOCAL.format(time.atZone(ZoneId.of(zone)));
    }

    @Test
    void badFilesAreReportedWithWhereAndNothingOfThemIsStored() throws IOException {
        long member = Household.addMember(api, token, "Bad files");
        byte[] zip = zip(Map.of(
                "weight.csv", "Date,Weight (kg),Colour\n2026-01-01 07:00:00,80.1,blue\n",
                "bp.csv", "Date,Heart rate,Systolic,Diastolic,Comments\n2026-01-01 07:00:00,60,120,80,\n"
                        + "yesterday,61,121,81,\n",
                "height.csv", "Date,Value\n2026-01-01 07:00:00,1.80\n",
                "activities.csv", "from,to,From (manual),To (manual),Timezone,Activity type,Data,GPS,Modified\n"
                        + "2026-01-01 07:00:00,2026-01-01 07:30:00,,,Europe/Paris,Walking,{},,\n"
                        + "2026-01-02 07:00:00,2026-01-02 07:30:00,,,Europe/Paris,Quidditch,{},,\n"
                        + "2026-01-03 07:00:00,2026-01-03 07:30:00,,,Europe/Paris,2,[1],,\n",
                "account.csv", "Email,Name\nsomeone@example.org,Someone\n"));
        JsonNode report = importAndWait(member + "/imports?timeZone=UTC", zip);
        assertThat(report.get("state").asString()).isEqualTo("DONE");
        Map<String, JsonNode> files = byName(report);
        assertThat(files.get("weight.csv").get("problems").get(0).asString()).contains("line 1", "'Colour'");
        assertThat(files.get("bp.csv").get("problems").get(0).asString()).contains("line 3", "'yesterday'");
        assertThat(files.get("bp.csv").get("imported").asInt()).isZero();
        assertThat(files.get("account.csv").get("problems").get(0).asString()).contains("never read");
        assertThat(files.get("height.csv").get("imported").asInt()).isEqualTo(1);
        assertThat(files.get("activities.csv").get("problems").toString()).contains("line 3",
                "unknown activity type 'Quidditch'", "line 4", "not a JSON object");
        assertThat(workouts(member)).as("nothing of a file with a problem").isEmpty();
        assertThat(measurements.series(MemberId.of(member), MeasurementType.SYSTOLIC_BP, null, null)).isEmpty();
        assertThat(measurements.series(MemberId.of(member), MeasurementType.WEIGHT, null, null)).isEmpty();
        assertThat(measurements.series(MemberId.of(member), MeasurementType.HEIGHT, null, null)).hasSize(1);
    }

    /**
     * An archive of the shape real ones have ({@code src/test/resources/withings/archive}: quoted local dates, a
     * comment with a comma, {@code sleep.csv} with its {@code Night events}, raw per-minute files, the archive's
     * {@code README.txt}, personal files; no user id anywhere, as in every archive seen): what Pulseboard reads is
     * imported without a problem, the rest is listed as not read.
     */
    @Test
    void roundValuesComeBackAsWithingsSendsThemAndNegativeOnesAreRefused() throws IOException {
        long member = Household.addMember(api, token, Household.named("Round values"));
        var report = byName(importAndWait(member + "/imports?timeZone=UTC", zip(Map.of(
                "bp.csv", "Date,Heart rate,Systolic,Diastolic,Comments\n2025-01-01 06:00:00,60,120,80,\n",
                "aggregates_steps.csv", "date,value\n2025-01-02,-5\n"))));
        assertThat(report.get("bp.csv").get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("aggregates_steps.csv").get("problems").get(0).asString())
                .isEqualTo("line 2: '-5' in column 'value' is negative, which no reading, count or duration can be");
        String systolic = api.get("/api/v1/members/" + member + "/measurements?type=systolic_bp&from=2025-01-01",
                token).body();
        assertThat(systolic).as("120, not 1.2E+2").contains("\"value\":120,").doesNotContain("E+");
        String tidy = api.get("/api/v1/members/" + member + "/export?format=csv&from=2025-01-01", token).body();
        assertThat(tidy).as("an id Pulseboard made is not passed off as Withings'")
                .containsPattern("systolic_bp,120,mmHg,withings archive,withings-archive:-\\d+:10\r?\n")
                .doesNotContain("withings-measure");
        assertThat(api.get("/api/v1/members/" + member + "/activity?from=2025-01-01&to=2025-01-03", token).json()
                .get("items")).isEmpty();
    }

    @Test
    void anArchiveOfTheRecordedShapeIsImportedFileByFile() throws IOException {
        long member = Household.addMember(api, token, "Recorded shape");
        Map<String, String> files = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:withings/archive/*")) {
            files.put(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
        }
        Map<String, JsonNode> report = byName(importAndWait(member + "/imports?timeZone=Europe/Paris", zip(files)));
        assertThat(report.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        Map<String, Integer> imported = new TreeMap<>();
        report.forEach((name, f) -> {
            if (f.get("imported").asInt() > 0) {
                imported.put(name, f.get("imported").asInt());
                assertThat(f.get("problems")).as(name).isEmpty();
            }
        });
        assertThat(imported).containsExactlyInAnyOrderEntriesOf(Map.of("weight.csv", 2, "bp.csv", 2, "height.csv",
                1, "sleep.csv", 1, "aggregates_steps.csv", 2, "activities.csv", 1));
        assertThat(workouts(member)).containsExactly("1 " + Instant.parse("2024-03-02T16:30:00Z") + " "
                + Instant.parse("2024-03-02T17:10:00Z") + " 180 4300 null null");
        for (String notRead : new String[] { "raw_hr_hr.csv", "aggregates_calories_passive.csv", "README.txt" }) {
            assertThat(report.get(notRead).get("problems").get(0).asString()).as(notRead)
                    .isEqualTo("not a file Pulseboard imports");
        }
        assertThat(report.get("account.csv").get("problems").get(0).asString()).contains("never read");
        assertThat(report.get("devices.csv").get("problems").get(0).asString()).contains("never read");
        assertThat(points(member, MeasurementType.WEIGHT)).containsExactly(
                Instant.parse("2024-03-01T06:38:55Z").getEpochSecond() + "=81.5",
                Instant.parse("2024-03-02T06:41:12Z").getEpochSecond() + "=81.35");
        var night = daily.nights(MemberId.of(member), LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2));
        assertThat(night).singleElement().satisfies(n -> {
            assertThat(n.deepSeconds()).isEqualTo(5700);
            assertThat(n.start()).isEqualTo(Instant.parse("2024-03-01T22:12:00Z"));
        });
    }

    @Test
    void aFileFromAnotherPersonsArchiveIsReportedWithItsRowsAndNothingOfItIsStored() throws IOException {
        String alexUser = emulator.personas().stream().filter(p -> p.id().equals("alex")).findFirst().orElseThrow()
                .userId();
        long before = measurements.count(MemberId.of(alex));
        JsonNode report = importAndWait(alex + "/imports", zip(Map.of(
                "weight.csv", "Date,Weight (kg),userid\n2031-01-01 07:00:00,80.1," + alexUser
                        + "\n2031-01-02 07:00:00,80.2,99999999\n",
                "height.csv", "Date,Value,User id\n2031-01-01 07:00:00,1.8," + alexUser + "\n")));
        Map<String, JsonNode> files = byName(report);
        assertThat(files.get("weight.csv").get("imported").asInt()).isZero();
        assertThat(files.get("weight.csv").get("problems").toString()).contains("line 3", "'99999999'",
                "another person's archive").doesNotContain("line 2");
        assertThat(files.get("height.csv").get("imported").asInt()).isEqualTo(1);
        assertThat(measurements.count(MemberId.of(alex))).isEqualTo(before + 1);

        long unlinked = Household.addMember(api, token, "No link");
        JsonNode mixed = importAndWait(unlinked + "/imports?timeZone=UTC", zip(Map.of("bp.csv",
                "Date,Heart rate,Systolic,Diastolic,Comments,userid\n2031-01-01 07:00:00,60,120,80,,111\n"
                        + "2031-01-01 19:00:00,61,121,81,,222\n")));
        assertThat(byName(mixed).get("bp.csv").get("problems").get(0).asString()).contains("line 3", "'222'",
                "line 2 has '111'", "more than one person");
        assertThat(measurements.count(MemberId.of(unlinked))).isZero();
    }

    @Test
    void anImportLeftRunningByAStoppedInstanceBecomesFailedWithTheReasonAndALiveOneIsLeftAlone() {
        long member = Household.addMember(api, token, "Stopped import");
        String dead = UUID.randomUUID().toString();
        String alive = UUID.randomUUID().toString();
        Instant now = Instant.now();
        insertRunning(dead, member, "stopped-host:8080-0a1b2c", now.minus(Duration.ofMinutes(10)));
        insertRunning(alive, member, "other-host:8080-3d4e5f", now);

        liveness.failAbandoned();

        JsonNode failed = api.get("/api/v1/members/" + member + "/imports/" + dead, token).json();
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("error").asString()).contains("server stopped during the import",
                "nothing from the file it was reading was kept", "Upload the archive again");
        assertThat(api.get("/api/v1/members/" + member + "/imports/" + alive, token).json().get("state")
                .asString()).isEqualTo("RUNNING");
        assertThat(PageSession.signIn(port).get("/members/" + member + "/export?import=" + dead).body())
                .contains("Import failed.", "The server stopped during the import");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'abandoned-imports'")
                .query(Integer.class).single()).as("the check runs on db-scheduler, once across instances")
                .isEqualTo(1);
    }

    private void insertRunning(String id, long member, String owner, Instant heartbeat) {
        jdbc.sql("insert into import_job (id, member_id, state, report, created_at, owner, heartbeat_at) "
                + "values (?, ?, 'RUNNING', ?, ?, ?, ?)")
                .params(id, member, "[{\"name\":\"weight.csv\",\"imported\":3,\"alreadyThere\":0,\"skipped\":0,"
                        + "\"problems\":[]}]", Timestamp.from(heartbeat), owner, Timestamp.from(heartbeat))
                .update();
    }

    @Test
    void notAZipAndAZipBombFailWithAReason() throws IOException {
        long member = Household.addMember(api, token, "Bombs");
        JsonNode notZip = importAndWait(member + "/imports?timeZone=UTC",
                "Date,Weight\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.get("state").asString()).isEqualTo("FAILED");
        assertThat(notZip.get("error").asString()).contains("not a ZIP");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("weight.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        JsonNode bomb = importAndWait(member + "/imports?timeZone=UTC", bytes.toByteArray());
        assertThat(bomb.get("state").asString()).isEqualTo("FAILED");
        assertThat(bomb.get("error").asString()).contains("weight.csv", "ZIP bomb");
        assertThat(measurements.count(MemberId.of(member))).isZero();
    }

    @Test
    void importsNeedAMemberTheUserMayManage() throws Exception {
        var unknown = http.send(archives.multipart("/api/v1/members/999999/imports", archive),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("detail").asString()).contains("999999");
        var noSuchImport = http.send(request("/api/v1/members/" + alex + "/imports/" + UUID.randomUUID()).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noSuchImport.statusCode()).isEqualTo(404);
    }

    private JsonNode importAndWait(String target, byte[] zip) {
        return archives.importAndWait(target, zip);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
    }

    private List<String> points(long member, MeasurementType type) {
        return measurements.series(MemberId.of(member), type, null, null).stream()
                .map(r -> r.time().getEpochSecond() + "=" + r.value().stripTrailingZeros().toPlainString()).toList();
    }

    private static Map<String, JsonNode> byName(JsonNode report) {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        report.get("files").forEach(f -> files.put(f.get("name").asString(), f));
        return files;
    }

    private static byte[] zip(Map<String, String> files) {
        return Archives.zip(files);
    }

    /** A member's workouts as "category start end calories steps distance hr_average", oldest first. */
    private List<String> workouts(long member) {
        return activityDetail.workouts(MemberId.of(member), Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"))
                .stream().map(w -> w.category() + " " + w.start() + " " + w.end() + " " + plain(w.calories()) + " "
                        + w.steps() + " " + plain(w.distanceMeters()) + " " + w.hrAverage()).toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
