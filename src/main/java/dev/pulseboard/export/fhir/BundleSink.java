package dev.pulseboard.export.fhir;

import java.io.OutputStream;
import java.time.Instant;

import dev.pulseboard.export.KeepOpen;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** A FHIR R4 {@code collection} Bundle, one entry per resource, each with a {@code urn:uuid:} fullUrl. */
final class BundleSink implements FhirSink {

    private final JsonGenerator json;

    BundleSink(JsonMapper mapper, OutputStream out, String bundleId, Instant timestamp) {
        this.json = mapper.createGenerator(new KeepOpen(out));
        json.writeStartObject();
        json.writeStringProperty("resourceType", "Bundle");
        json.writeStringProperty("id", bundleId);
        // An identifier that names this bundle wherever it is stored (a collection's is optional, an importer's log
        // has something to say then).
        json.writeObjectPropertyStart("identifier");
        json.writeStringProperty("system", "urn:ietf:rfc:3986");
        json.writeStringProperty("value", "urn:uuid:" + bundleId);
        json.writeEndObject();
        json.writeStringProperty("type", "collection");
        json.writeStringProperty("timestamp", timestamp.toString());
        json.writeArrayPropertyStart("entry");
    }

    @Override
    public void resource(String type, String id, Body body) {
        json.writeStartObject();
        json.writeStringProperty("fullUrl", "urn:uuid:" + id);
        json.writeObjectPropertyStart("resource");
        json.writeStringProperty("resourceType", type);
        json.writeStringProperty("id", id);
        body.write(json);
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public String reference(String type, String id) {
        return "urn:uuid:" + id;
    }

    @Override
    public void finish() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
