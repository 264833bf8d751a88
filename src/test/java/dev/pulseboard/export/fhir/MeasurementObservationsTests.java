package dev.pulseboard.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import tools.jackson.databind.JsonNode;

class MeasurementObservationsTests {

    static final Instant TAKEN = Instant.parse("2026-09-23T04:50:00Z");
    static final String BPM = "bpm-core-1";
    private final CollectingSink sink = new CollectingSink();
    private final List<JsonNode> written = sink.written;

    @Test
    void aDevicesBloodPressureIsTakenAtHomeByThePatientAndATypedInWeightHasNoSetting() {
        var observations = new MeasurementObservations(sink, new Subject(7, "Patient/p",
                Map.of(BPM, "Device/d")));
        observations.accept(List.of(record(1, MeasurementType.SYSTOLIC_BP, 136, BPM),
                record(1, MeasurementType.DIASTOLIC_BP, 78, BPM), record(1, MeasurementType.HEART_RATE, 64, BPM)));
        observations.accept(List.of(record(2, MeasurementType.WEIGHT, 72, null)));

        assertThat(written).hasSize(3);
        for (JsonNode observation : written) {
            assertThat(observation.at("/subject/reference").asString()).isEqualTo("Patient/p");
            assertThat(observation.at("/performer/0/reference").asString()).as("measured by the member")
                    .isEqualTo("Patient/p");
        }
        for (JsonNode fromTheCuff : written.subList(0, 2)) {
            assertThat(fromTheCuff.at("/extension/0/url").asString()).isEqualTo(Subject.MEASUREMENT_SETTING);
            assertThat(fromTheCuff.at("/extension/0/valueCodeableConcept/coding/0/system").asString())
                    .isEqualTo("http://snomed.info/sct");
            assertThat(fromTheCuff.at("/extension/0/valueCodeableConcept/coding/0/code").asString())
                    .as("Home (environment)").isEqualTo("264362003");
        }
        assertThat(written.get(2).has("extension")).as("typed in: maybe a surgery's reading").isFalse();
    }

    private static MeasurementRecord record(long group, MeasurementType type, long value, String device) {
        return new MeasurementRecord(group, type, null, value, 0, TAKEN, TAKEN, device == null ? 2 : 0, device,
                device == null ? null : "BPM Core", "Europe/Paris");
    }
}
