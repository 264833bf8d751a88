package dev.pulseboard.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import dev.pulseboard.account.Members;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Zones;
import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.export.ExportRange;
import dev.pulseboard.export.Personas;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every resource type and every kind of Observation the FHIR export writes, for every persona, validates with zero
 * errors against the R4 core profiles (and the vital-signs profiles the Observations declare) with HAPI FHIR's
 * FhirInstanceValidator. Each persona is synced once and its whole-history NDJSON is validated: every resource
 * of a persona with at most {@link #EVERY_RESOURCE_UP_TO} resources (the new account), and of the larger ones (the
 * five-year full-kit adult, about 32,700 with its Body Scan segments and workouts; the user in Auckland, about 9,200;
 * the shared-scale user, about 3,800 with its Google Fit days and workouts) {@link #PER_KIND} resources of every kind
 * (resource type and code), spread evenly over the history, first and last included, every resource of the smaller
 * kinds. The validator takes 15-30 ms a resource on a two-core machine: all ~45,700 resources would take about
 * fifteen minutes, this about 20 s (about 900 resources), and the resources of one kind are written by the same code
 * from the same kind of data. A recent week is also validated as one Bundle.
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirValidationIntegrationTests {

    /** A persona with at most this many resources has every one validated. */
    static final int EVERY_RESOURCE_UP_TO = 2500;
    /** Of a larger persona, this many resources of each kind, evenly spread (all of a smaller kind). */
    static final int PER_KIND = 20;

    private static FhirValidator validator;

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    FhirExport export;

    @Autowired
    Members members;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    final Map<String, Long> memberIds = new HashMap<>();

    @BeforeAll
    void syncEveryPersonaAndStartTheValidator() {
        Api api = new Api(port);
        String token = Household.token(api);
        for (var persona : emulator.personas()) {
            memberIds.put(persona.id(), Personas.synced(api, token, persona.id(), persona.userId()));
        }
        // One Patient with a date of birth, so that the validator reads that field too.
        assertThat(api.send("PUT", "/api/v1/members/" + memberIds.get("alex") + "/birth-date", token,
                "application/json", "{\"birthDate\":\"1980-04-02\"}".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        if (validator == null) {
            FhirContext context = FhirContext.forR4();
            var unknownSystems = new UnknownCodeSystemWarningValidationSupport(context);
            unknownSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
            var chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                    new CommonCodeSystemsTerminologyService(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context), unknownSystems);
            validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "alex", "sam", "nina", "aroha" })
    void everyKindOfResourceValidatesWithoutErrors(String persona) throws IOException {
        var member = members.get(householdOf(persona), MemberId.of(memberIds.get(persona)));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        int written = export.ndjson(member, ExportRange.parse(null, null, Zones.UTC), zip);

        Map<String, List<String>> byKind = new LinkedHashMap<>();
        int lines = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String type = e.getName().replace(".ndjson", "");
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    JsonNode resource = json.readTree(line);
                    assertThat(resource.get("resourceType").asString()).isEqualTo(type);
                    byKind.computeIfAbsent(kind(resource), k -> new ArrayList<>()).add(line);
                    lines++;
                }
            }
        }
        assertThat(lines).isEqualTo(written);
        assertThat(byKind).containsKey("Patient");
        assertThat(byKind.get("Patient").get(0)).as("the date of birth entered for alex, and no other")
                .satisfies(p -> assertThat(p.contains("\"birthDate\":\"1980-04-02\"")).isEqualTo("alex".equals(persona)));
        List<String> errors = new ArrayList<>();
        int validated = 0;
        long started = System.nanoTime();
        for (var kind : byKind.entrySet()) {
            List<String> resources = kind.getValue();
            for (int i : lines <= EVERY_RESOURCE_UP_TO ? all(resources.size()) : spread(resources.size())) {
                errors.addAll(errors(kind.getKey(), resources.get(i)));
                validated++;
            }
        }
        System.out.printf("FHIR validation of %s: %d of %d resources in %d kinds, %d ms%n", persona, validated, lines,
                byKind.size(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(errors).as(persona + ": " + byKind.keySet()).isEmpty();
        if (lines <= EVERY_RESOURCE_UP_TO) {
            assertThat(validated).as("every resource of " + persona).isEqualTo(lines);
        }

        if (!persona.equals("nina")) {
            assertThat(byKind.keySet()).anyMatch(k -> k.startsWith("Device"))
                    .contains("Observation http://loinc.org|29463-7");
            ByteArrayOutputStream bundle = new ByteArrayOutputStream();
            var window = new ExportRange(latest(byKind.get("Observation http://loinc.org|29463-7")).minus(
                    Duration.ofDays(7)), ExportRange.END, Zones.UTC);
            export.bundle(member, window, bundle);
            assertThat(errors("Bundle", bundle.toString(StandardCharsets.UTF_8))).isEmpty();
        }
        if (persona.equals("alex")) {
            assertThat(byKind.keySet()).contains("Observation http://loinc.org|85354-9",
                    "Observation http://loinc.org|8867-4", "Observation http://loinc.org|93832-4",
                    "Observation http://loinc.org|41950-7", "Observation urn:oid:2.16.840.1.113883.6.24|131328",
                    "Observation http://loinc.org|55411-3",
                    "Observation " + FhirCode.PULSEBOARD + "|segment-fat-free-mass",
                    "Observation " + FhirCode.PULSEBOARD + "|segment-fat-mass",
                    "Observation " + FhirCode.PULSEBOARD + "|segment-muscle-mass");
        }
    }

    @Test
    void theValidatorCatchesWhatTheProfilesForbid() {
        String weightInMetres = """
                {"resourceType":"Observation","meta":{"profile":["http://hl7.org/fhir/StructureDefinition/bodyweight"]},
                 "status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category",
                 "code":"vital-signs"}]}],"code":{"coding":[{"system":"http://loinc.org","code":"29463-7"}]},
                 "subject":{"reference":"Patient/p"},"effectiveDateTime":"2026-01-01T07:00:00Z",
                 "valueQuantity":{"value":80,"unit":"m","system":"http://unitsofmeasure.org","code":"m"}}
                """;
        assertThat(errors("Observation", weightInMetres)).isNotEmpty();
        assertThat(errors("Observation", weightInMetres.replace("\"status\":\"final\",", "")
                .replace("\"code\":\"m\"}", "\"code\":\"kg\"}"))).anyMatch(e -> e.contains("status"));
    }

    /** No persona has an ECG with signs of AFib: one written as the export writes it, with its SNOMED coding. */
    @Test
    void anEcgWithSignsOfAfibValidatesToo() {
        CollectingSink sink = new CollectingSink();
        new EcgObservations(sink, new Subject(1, "Patient/p", Map.of("w", "Device/w")), ZoneId.of("Europe/Paris"))
                .write(new EcgStrip(9, Instant.parse("2026-11-24T06:10:00Z"), 1, 64, null, null, 93, "w", 300, null,
                        all(900)));
        assertThat(errors("ECG with signs of AFib", sink.written.get(0).toString())).isEmpty();
    }

    private static int[] all(int size) {
        return IntStream.range(0, size).toArray();
    }

    /** PER_KIND indexes of {@code size} evenly spread, first and last included; all when there are no more. */
    private static int[] spread(int size) {
        return size <= PER_KIND ? all(size)
                : IntStream.range(0, PER_KIND).map(k -> (int) ((long) k * (size - 1) / (PER_KIND - 1))).toArray();
    }

    private Instant latest(List<String> weights) {
        return OffsetDateTime.parse(json.readTree(weights.get(weights.size() - 1))
                .get("effectiveDateTime").asString()).toInstant();
    }

    private HouseholdId householdOf(String persona) {
        return HouseholdId.of(jdbc.sql("select household_id from member where id = ?").param(memberIds.get(persona))
                .query(Long.class).single());
    }

    private static String kind(JsonNode resource) {
        String type = resource.get("resourceType").asString();
        JsonNode coding = resource.path("code").path("coding").path(0);
        return coding.isMissingNode() ? type : type + " " + coding.get("system").asString() + "|"
                + coding.get("code").asString();
    }

    private static List<String> errors(String kind, String resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> kind + ": " + location(m) + " " + m.getMessage()).toList();
    }

    private static String location(SingleValidationMessage m) {
        return m.getLocationString();
    }
}
