package dev.pulseboard.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.recording.EcgStrip;
import tools.jackson.databind.JsonNode;

class EcgObservationsTests {

    private final CollectingSink sink = new CollectingSink();
    private final EcgObservations ecgs = new EcgObservations(sink, new Subject(7, "Patient/p", Map.of("w", "Device/w")),
            ZoneId.of("Europe/Paris"));

    @Test
    void signsOfAfibAreAlsoCodedInSnomedAndAWatchsEcgIsTakenAtHome() {
        ecgs.write(ecg(1, 1));
        ecgs.write(ecg(2, 0));

        JsonNode afib = classification(sink.written.get(0));
        assertThat(afib.at("/coding/0/code").asString()).isEqualTo("1");
        assertThat(afib.at("/coding/1/system").asString()).isEqualTo("http://snomed.info/sct");
        assertThat(afib.at("/coding/1/code").asString()).as("Atrial fibrillation").isEqualTo("49436004");
        assertThat(classification(sink.written.get(1)).get("coding")).as("no sign of AFib is no finding")
                .hasSize(1);
        assertThat(sink.written.get(0).at("/extension/0/valueCodeableConcept/coding/0/code").asString())
                .isEqualTo("264362003");
        assertThat(sink.written.get(0).at("/performer/0/reference").asString()).isEqualTo("Patient/p");
    }

    private static JsonNode classification(JsonNode observation) {
        for (JsonNode component : observation.get("component")) {
            if (component.has("valueCodeableConcept")) {
                return component.get("valueCodeableConcept");
            }
        }
        throw new AssertionError("no classification in " + observation);
    }

    private static EcgStrip ecg(long id, int afib) {
        return new EcgStrip(id, Instant.parse("2026-11-24T06:10:00Z"), afib, 64, null, null, 93, "w", null, null,
                new int[0]);
    }
}
