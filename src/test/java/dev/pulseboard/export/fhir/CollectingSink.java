package dev.pulseboard.export.fhir;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A sink that keeps each resource as parsed JSON, for the writers' own tests; references are "Type/id". */
final class CollectingSink implements FhirSink {

    private final JsonMapper mapper = JsonMapper.builder().build();
    final List<JsonNode> written = new ArrayList<>();

    @Override
    public void resource(String type, String id, Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("resourceType", type);
            body.write(json);
            json.writeEndObject();
        }
        written.add(mapper.readTree(out.toString()));
    }

    @Override
    public String reference(String type, String id) {
        return type + "/" + id;
    }

    @Override
    public void finish() {
    }
}
