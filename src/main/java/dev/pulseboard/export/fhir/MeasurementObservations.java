package dev.pulseboard.export.fhir;

import java.util.List;
import java.util.function.Consumer;

import dev.pulseboard.export.MeasureGroups;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import tools.jackson.core.JsonGenerator;

/**
 * Turns the stream of measurements into Observations, one measure group at a time (its values arrive together):
 * systolic and diastolic become one blood-pressure panel, every other value its own Observation; a body-part value
 * (segmental composition) names its part in {@code bodySite}. Each carries the Withings group id and type (and the
 * position of a body-part value) as its identifier, so that a re-import recognises it. A reading a device took says
 * it was taken at home.
 */
final class MeasurementObservations implements Consumer<List<MeasurementRecord>> {

    private final FhirSink sink;
    private final Subject subject;
    private int written;

    MeasurementObservations(FhirSink sink, Subject subject) {
        this.sink = sink;
        this.subject = subject;
    }

    int written() {
        return written;
    }

    @Override
    public void accept(List<MeasurementRecord> group) {
        MeasurementRecord systolic = find(group, MeasurementType.SYSTOLIC_BP);
        MeasurementRecord diastolic = find(group, MeasurementType.DIASTOLIC_BP);
        if (systolic != null && diastolic != null) {
            bloodPressure(systolic, diastolic);
        }
        for (MeasurementRecord r : group) {
            boolean inPanel = (r == systolic || r == diastolic) && systolic != null && diastolic != null;
            if (!inPanel) {
                single(r);
            }
        }
    }

    private static MeasurementRecord find(List<MeasurementRecord> group, MeasurementType type) {
        return group.stream().filter(r -> r.type() == type && r.position() == null).findFirst().orElse(null);
    }

    private void bloodPressure(MeasurementRecord systolic, MeasurementRecord diastolic) {
        String key = systolic.groupId() + "-bp";
        sink.resource("Observation", FhirJson.id(subject.memberId(), "measure/" + key), json -> {
            FhirJson.observationHead(json, FhirCode.BP_PANEL);
            common(json, systolic, key);
            json.writeArrayPropertyStart("component");
            FhirJson.component(json, FhirCode.SYSTOLIC, systolic.value());
            FhirJson.component(json, FhirCode.DIASTOLIC, diastolic.value());
            json.writeEndArray();
        });
        written++;
    }

    private void single(MeasurementRecord r) {
        FhirCode code = r.type() == MeasurementType.SYSTOLIC_BP ? FhirCode.SYSTOLIC
                : r.type() == MeasurementType.DIASTOLIC_BP ? FhirCode.DIASTOLIC : FhirCode.of(r.type()).orElse(null);
        if (code == null) {
            return;
        }
        String key = r.groupId() + "-" + r.type().withingsCode() + (r.position() == null ? "" : "-" + r.position());
        sink.resource("Observation", FhirJson.id(subject.memberId(), "measure/" + key), json -> {
            if (r.type() == MeasurementType.SPO2) {
                FhirJson.observationHead(json, code, FhirCode.SPO2_PULSE_OXIMETRY);
            } else {
                FhirJson.observationHead(json, code);
            }
            common(json, r, key);
            FhirJson.quantity(json, "valueQuantity", code.convert(r.value()), code);
            if (r.position() != null) {
                BodySites.write(json, r.position());
            } else {
                // A nerve-health value of one foot: one code for both feet and each, the foot as the body site.
                r.type().foot().ifPresent(foot -> BodySites.write(json, foot.code()));
            }
        });
        written++;
    }

    private void common(JsonGenerator json, MeasurementRecord r, String key) {
        if (r.deviceId() != null) {
            Subject.takenAtHome(json);
        }
        FhirJson.identifier(json, MeasureGroups.idKind(r.groupId()), key);
        subject.write(json);
        json.writeStringProperty("effectiveDateTime", FhirJson.dateTime(r.measuredAt(), r.timeZone()));
        subject.device(json, r.deviceId(), r.model());
    }
}
