package dev.pulseboard.export.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

import dev.pulseboard.health.recording.EcgStrip;
import tools.jackson.core.JsonGenerator;

/**
 * An ECG as one Observation (MDC 131328): a lead-I component (131329) of SampledData per 10-second batch, in the
 * unit Withings recorded (µV), the period from the sampling frequency, and Withings' AFib classification as a
 * component in Pulseboard's code system. Dated in the member's zone (Withings gives an ECG no zone of its own), with
 * its offset as every other Observation. Identified by Withings' signal id.
 */
final class EcgObservations {

    static final int BATCH_SECONDS = 10;

    private final FhirSink sink;
    private final Subject subject;
    private final ZoneId zone;

    EcgObservations(FhirSink sink, Subject subject, ZoneId zone) {
        this.sink = sink;
        this.subject = subject;
        this.zone = zone;
    }

    void write(EcgStrip ecg) {
        sink.resource("Observation", FhirJson.id(subject.memberId(), "ecg/" + ecg.signalId()), json -> {
            FhirJson.observationHead(json, FhirCode.ECG);
            if (ecg.deviceId() != null) {
                Subject.takenAtHome(json);
            }
            FhirJson.identifier(json, "withings-ecg", Long.toString(ecg.signalId()));
            subject.write(json);
            json.writeStringProperty("effectiveDateTime", FhirJson.dateTime(ecg.time(), zone));
            subject.device(json, ecg.deviceId(), null);
            json.writeArrayPropertyStart("component");
            if (ecg.hasSignal() && ecg.samplingFrequency() != null && ecg.samplingFrequency() > 0) {
                batches(json, ecg.microvolts(), ecg.samplingFrequency());
            }
            if (ecg.afib() != null) {
                afib(json, ecg.afib());
            }
            json.writeEndArray();
        });
    }

    private static void batches(JsonGenerator json, int[] samples, int frequency) {
        BigDecimal period = BigDecimal.valueOf(1000).divide(BigDecimal.valueOf(frequency), 6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        int batch = frequency * BATCH_SECONDS;
        StringBuilder data = new StringBuilder(batch * 5);
        for (int start = 0; start < samples.length; start += batch) {
            data.setLength(0);
            for (int i = start; i < Math.min(samples.length, start + batch); i++) {
                if (i > start) {
                    data.append(' ');
                }
                data.append(samples[i]);
            }
            json.writeStartObject();
            FhirJson.code(json, "code", FhirCode.ECG_LEAD_I);
            json.writeObjectPropertyStart("valueSampledData");
            FhirJson.quantity(json, "origin", BigDecimal.ZERO, FhirCode.ECG_LEAD_I);
            FhirJson.decimal(json, "period", period);
            json.writeNumberProperty("dimensions", 1);
            json.writeStringProperty("data", data.toString());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void afib(JsonGenerator json, int afib) {
        json.writeStartObject();
        FhirJson.code(json, "code", FhirCode.AFIB);
        json.writeObjectPropertyStart("valueCodeableConcept");
        json.writeArrayPropertyStart("coding");
        FhirJson.coding(json, FhirCode.PULSEBOARD + "-afib", Integer.toString(afib),
                afib == 0 ? "No sign of AFib" : afib == 1 ? "Signs of AFib" : "Inconclusive");
        if (afib == 1) {
            // The finding in SNOMED CT too, which a record system can file; "no sign" is no finding of sinus rhythm,
            // and "inconclusive" none at all, so those keep the device's own code alone.
            FhirJson.coding(json, BodySites.SNOMED, "49436004", "Atrial fibrillation");
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }
}
