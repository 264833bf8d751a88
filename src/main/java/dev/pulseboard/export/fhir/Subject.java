package dev.pulseboard.export.fhir;

import java.util.Map;

import tools.jackson.core.JsonGenerator;

/**
 * What every Observation of one export points at: the member (Patient) and the Devices by Withings device id,
 * as references in the sink's style.
 */
record Subject(long memberId, String patient, Map<String, String> devices) {

    void device(JsonGenerator json, String deviceId, String model) {
        String reference = deviceId == null ? null : devices.get(deviceId);
        if (reference != null || (model != null && !model.isBlank())) {
            FhirJson.reference(json, "device", reference, model == null || model.isBlank() ? null : model);
        }
    }
}
