package dev.pulseboard.export.fhir;

import tools.jackson.core.JsonGenerator;

/**
 * Where resources go as they are written: a collection Bundle or NDJSON files. Each resource is written once,
 * streaming; the sink decides how references between them look ({@code urn:uuid:} inside a Bundle, {@code Type/id}
 * in bulk NDJSON).
 */
interface FhirSink {

    /** Writes one resource: the sink opens it with {@code resourceType} and {@code id}, {@code body} adds the rest. */
    void resource(String type, String id, Body body);

    String reference(String type, String id);

    /** Finishes the output (closes the Bundle or the last file); the target stream stays open. */
    void finish();

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json);
    }
}
