package dev.pulseboard.export.fhir;

import java.util.Map;

import tools.jackson.core.JsonGenerator;

/**
 * What every Observation of one export points at: the member (Patient), as its subject and as its performer (a
 * Withings reading is one the member took, or typed in, themselves), and the Devices by Withings device id, as
 * references in the sink's style.
 */
record Subject(long memberId, String patient, Map<String, String> devices) {

    /**
     * The Vital Signs with Qualifying Elements IG's measurement setting (HL7, {@code hl7.fhir.us.vitals}), whose value
     * set holds SNOMED CT's home, clinic and hospital environments.
     */
    static final String MEASUREMENT_SETTING = "http://hl7.org/fhir/us/vitals/StructureDefinition/MeasurementSettingExt";

    /** {@code subject} and {@code performer}: the member. */
    void write(JsonGenerator json) {
        FhirJson.reference(json, "subject", patient, null);
        json.writeArrayPropertyStart("performer");
        json.writeStartObject();
        json.writeStringProperty("reference", patient);
        json.writeEndObject();
        json.writeEndArray();
    }

    void device(JsonGenerator json, String deviceId, String model) {
        String reference = deviceId == null ? null : devices.get(deviceId);
        if (reference != null || (model != null && !model.isBlank())) {
            FhirJson.reference(json, "device", reference, model == null || model.isBlank() ? null : model);
        }
    }

    /**
     * Says that a reading a device of the member's took was taken at home (SNOMED CT 264362003), so that a record
     * system does not file a home blood pressure with the readings of a surgery, whose thresholds are higher. A
     * reading typed in by hand may be one a doctor or a pharmacy took: its setting is left unsaid.
     */
    static void takenAtHome(JsonGenerator json) {
        json.writeArrayPropertyStart("extension");
        json.writeStartObject();
        json.writeStringProperty("url", MEASUREMENT_SETTING);
        json.writeObjectPropertyStart("valueCodeableConcept");
        json.writeArrayPropertyStart("coding");
        FhirJson.coding(json, BodySites.SNOMED, "264362003", "Home (environment)");
        json.writeEndArray();
        json.writeStringProperty("text", "Home");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }
}
