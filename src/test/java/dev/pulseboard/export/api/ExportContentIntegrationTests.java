package dev.pulseboard.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.export.Archives;
import dev.pulseboard.export.ExportRange;
import dev.pulseboard.export.Personas;
import dev.pulseboard.export.csv.Csv;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.health.daily.WorkoutSession;
import dev.pulseboard.health.measure.BodyPosition;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.measure.PositionedReading;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.health.recording.WorkoutKinds;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full-kit persona's whole history in the tidy CSV, FHIR NDJSON and the Withings archive, against what the store
 * holds: every body-part value (Body Scan segments), every workout, every ECG's summary, and each night's row of
 * {@code sleep.csv}.
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportContentIntegrationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Map<Integer, String> SNOMED = Map.of(BodyPosition.LEFT_ARM.code(), "80768000",
            BodyPosition.RIGHT_ARM.code(), "6921000", BodyPosition.LEFT_LEG.code(), "32153003",
            BodyPosition.RIGHT_LEG.code(), "62175007", BodyPosition.TORSO.code(), "22943007");

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    Measurements measurements;

    @Autowired
    DailyData daily;

    @Autowired
    ActivityDetail activity;

    @Autowired
    Recordings recordings;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    String token;
    MemberId alex;
    /** The tidy CSV's rows by external id and metric. */
    Map<String, List<String>> tidy;
    /** The NDJSON's Observations by identifier system (after the base) and value. */
    Map<String, JsonNode> observations;

    @BeforeAll
    void exportTheFullKitPersonasWholeHistory() {
        Api api = new Api(port);
        token = Household.token(api);
        var persona = emulator.personas().stream().filter(p -> p.id().equals("alex")).findFirst().orElseThrow();
        alex = MemberId.of(Personas.synced(api, token, "alex", persona.userId()));
        tidy = new HashMap<>();
        String csv = new String(get("csv"), StandardCharsets.UTF_8);
        csv.lines().skip(1).map(Csv::parse).forEach(row -> tidy.put(row.get(6) + " " + row.get(2), row));
        observations = new HashMap<>();
        Archives.unzip(get("fhir-ndjson")).get("Observation.ndjson").lines().map(json::readTree).forEach(o -> {
            JsonNode id = o.get("identifier").get(0);
            observations.put(id.get("system").asString().replaceAll(".*/", "") + " " + id.get("value").asString(), o);
        });
    }

    @Test
    void everyBodyPartValueIsATidyRowNamingThePartAndAnObservationWithItsBodySite() {
        int stored = 0;
        for (MeasurementType type : List.of(MeasurementType.SEGMENT_FAT_FREE_MASS, MeasurementType.SEGMENT_FAT_MASS,
                MeasurementType.SEGMENT_MUSCLE_MASS)) {
            for (PositionedReading r : measurements.positioned(alex, type, null, null, null)) {
                if (r.position() == BodyPosition.WHOLE_BODY.code()) {
                    continue;
                }
                stored++;
                String key = r.groupId() + ":" + type.withingsCode() + ":" + r.position();
                String metric = type.apiName() + "_" + r.positionName();
                List<String> row = tidy.get("withings-measure:" + key + " " + metric);
                assertThat(row).as(metric + " of group " + r.groupId()).isNotNull();
                assertThat(row.subList(0, 2)).containsExactly(r.time().toString(), text(r.timeZone()));
                assertThat(new BigDecimal(row.get(3))).isEqualByComparingTo(r.value());
                assertThat(row.get(4)).isEqualTo("kg");

                JsonNode o = observations.get("withings-measure " + key.replace(':', '-'));
                assertThat(o).as(metric + " of group " + r.groupId()).isNotNull();
                assertThat(o.get("code").get("coding").get(0).get("code").asString())
                        .isEqualTo(type.apiName().replace('_', '-'));
                assertThat(o.get("valueQuantity").get("value").decimalValue()).isEqualByComparingTo(r.value());
                assertThat(o.get("bodySite").get("coding").get(0).get("code").asString())
                        .isEqualTo(SNOMED.get(r.position()));
                assertThat(o.get("bodySite").get("text").asString()).isEqualTo(BodyPosition.fromCode(r.position())
                        .orElseThrow().label());
                assertThat(o.get("effectiveDateTime").asString()).isEqualTo(local(r.time(), r.timeZone()));
            }
        }
        assertThat(stored).as("the Body Scan's segments").isGreaterThan(100);
        assertThat(tidy.keySet().stream().filter(k -> k.contains(" segment_"))).hasSize(stored);
    }

    /** A Body Scan's nerve-health values: one code for both feet and each foot, the foot as the body site. */
    @Test
    void everyNerveHealthValueIsATidyRowAndAnObservationNamingItsFoot() {
        Map<String, String> foot = Map.of("nerve_health_score", "", "nerve_health_left_foot", "Left foot",
                "nerve_health_right_foot", "Right foot", "electrodermal_activity_feet", "",
                "electrodermal_activity_left_foot", "Left foot", "electrodermal_activity_right_foot", "Right foot");
        int seen = 0;
        for (var row : tidy.entrySet()) {
            String metric = row.getKey().substring(row.getKey().indexOf(' ') + 1);
            if (!foot.containsKey(metric)) {
                continue;
            }
            seen++;
            String key = row.getKey().substring("withings-measure:".length(), row.getKey().indexOf(' '));
            JsonNode o = observations.get("withings-measure " + key.replace(':', '-'));
            assertThat(o).as(row.getKey()).isNotNull();
            assertThat(o.get("code").get("coding").get(0).get("code").asString())
                    .isEqualTo(metric.startsWith("nerve") ? "nerve-health-score" : "electrodermal-activity");
            assertThat(o.get("valueQuantity").get("value").decimalValue())
                    .isEqualByComparingTo(new BigDecimal(row.getValue().get(3)));
            assertThat(o.get("valueQuantity").get("code").asString()).isEqualTo("1");
            assertThat(row.getValue().get(4)).as("no unit: Withings documents none").isEmpty();
            if (foot.get(metric).isEmpty()) {
                assertThat(o.has("bodySite")).as(metric).isFalse();
            } else {
                assertThat(o.get("bodySite").get("text").asString()).isEqualTo(foot.get(metric));
            }
        }
        assertThat(seen).as("six values an assessment, one every four weeks").isGreaterThan(6 * 20);
    }

    @Test
    void everyWorkoutIsOneTidyRowPerFigureAndAnExerciseDurationObservation() {
        List<WorkoutSession> workouts = activity.workouts(alex, ExportRange.BEGINNING, ExportRange.END);
        assertThat(workouts).isNotEmpty();
        int figures = 0;
        for (WorkoutSession w : workouts) {
            String id = "withings-workout:" + w.withingsId();
            assertThat(tidy.get(id + " workout_category").subList(0, 5)).containsExactly(w.start().toString(),
                    text(w.timezone()), "workout_category", Integer.toString(w.category()),
                    WorkoutKinds.name(w.category()));
            long seconds = Duration.between(w.start(), w.end()).toSeconds();
            assertThat(tidy.get(id + " workout_duration").get(3)).isEqualTo(Long.toString(seconds));
            figures += 2 + figure(id, "workout_calories", w.calories()) + figure(id, "workout_distance",
                    w.distanceMeters()) + figure(id, "workout_steps", w.steps())
                    + figure(id, "workout_hr_average", w.hrAverage()) + figure(id, "workout_hr_max", w.hrMax())
                    + figure(id, "workout_intensity", w.intensity());

            JsonNode o = observations.get("withings-workout " + w.withingsId());
            assertThat(o.get("code").get("coding").get(0).get("code").asString()).isEqualTo("55411-3");
            assertThat(o.get("valueQuantity").get("value").decimalValue())
                    .isEqualByComparingTo(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 4,
                            RoundingMode.HALF_UP));
            assertThat(o.get("effectivePeriod").get("start").asString()).isEqualTo(local(w.start(), w.timezone()));
            assertThat(o.get("effectivePeriod").get("end").asString()).isEqualTo(local(w.end(), w.timezone()));
            assertThat(o.get("component").get(0).get("valueCodeableConcept").get("coding").get(0).get("code")
                    .asString()).isEqualTo(Integer.toString(w.category()));
        }
        assertThat(tidy.keySet().stream().filter(k -> k.contains(" workout_"))).hasSize(figures);
    }

    @Test
    void everyEcgIsItsSummaryInTheTidyCsvAndItsObservationCarriesTheMembersOffset() {
        List<EcgStrip> ecgs = recordings.ecgs(alex, ExportRange.BEGINNING, ExportRange.END);
        assertThat(ecgs).isNotEmpty();
        for (EcgStrip e : ecgs) {
            String id = "withings-ecg:" + e.signalId();
            if (e.afib() != null) {
                assertThat(tidy.get(id + " ecg_afib").subList(0, 5)).containsExactly(e.time().toString(),
                        "Europe/Paris", "ecg_afib", e.afib().toString(), switch (e.afib()) {
                            case 0 -> "No sign of AFib";
                            case 1 -> "Signs of AFib";
                            default -> "Inconclusive";
                        });
            }
            if (e.heartRate() != null) {
                assertThat(tidy.get(id + " ecg_heart_rate").subList(3, 5)).containsExactly(e.heartRate().toString(),
                        "bpm");
            }
            JsonNode o = observations.get("withings-ecg " + e.signalId());
            assertThat(o.get("effectiveDateTime").asString()).as("in Paris, as the member's other readings")
                    .isEqualTo(local(e.time(), "Europe/Paris")).doesNotEndWith("Z");
        }
    }

    @Test
    void sleepCsvFillsEveryColumnWithingsSendsAndLeavesNightEventsEmpty() {
        var files = Archives.unzip(get("withings-csv"));
        List<String> rows = files.get("sleep.csv").lines().skip(1).toList();
        List<SleepNight> nights = daily.nights(alex, ExportRange.BEGINNING.atZone(PARIS).toLocalDate(),
                ExportRange.END.atZone(PARIS).toLocalDate());
        assertThat(rows).hasSize(nights.size()).isNotEmpty();
        SleepNight n = nights.get(nights.size() - 1);
        ZoneId zone = ExportRange.zone(n.timezone());
        List<String> expected = new ArrayList<>(List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(n.start()
                .atZone(zone)), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(n.end().atZone(zone))));
        for (Integer value : new Integer[] { n.lightSeconds(), n.deepSeconds(), n.remSeconds(), n.awakeSeconds(),
                n.wakeupCount(), n.durationToSleepSeconds(), n.durationToWakeupSeconds(), n.snoringSeconds(),
                n.snoringEpisodes(), n.hrAverage(), n.hrMin(), n.hrMax(), null }) {
            expected.add(value == null ? "" : value.toString());
        }
        assertThat(Csv.parse(rows.get(rows.size() - 1))).containsExactlyElementsOf(expected);
        assertThat(n.lightSeconds()).as("a night of the sleep analyzer").isNotNull();
        assertThat(n.hrAverage()).isNotNull();
        assertThat(Arrays.asList(n.wakeupCount(), n.durationToSleepSeconds(), n.durationToWakeupSeconds(), n.hrMin(),
                n.hrMax())).as("the summary's other fields, as the emulator sends them").doesNotContainNull();
    }

    private int figure(String id, String metric, Object value) {
        if (value == null) {
            assertThat(tidy).doesNotContainKey(id + " " + metric);
            return 0;
        }
        assertThat(new BigDecimal(tidy.get(id + " " + metric).get(3))).isEqualByComparingTo(value.toString());
        return 1;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String local(Instant time, String zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS)
                .atZone(ExportRange.zone(zone)));
    }

    private byte[] get(String format) {
        try {
            var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/members/"
                    + alex.value() + "/export?format=" + format)).header("Authorization", "Bearer " + token).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
