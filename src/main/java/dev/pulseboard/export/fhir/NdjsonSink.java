package dev.pulseboard.export.fhir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.pulseboard.export.KeepOpen;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk-data style NDJSON: a ZIP with one {@code <ResourceType>.ndjson} file per type, one resource per line.
 * Resources arrive grouped by type (Patient, Device, Observation), so each file is written once, streaming.
 */
final class NdjsonSink implements FhirSink {

    private final JsonMapper mapper;
    private final ZipOutputStream zip;
    private String currentType;
    private JsonGenerator json;

    NdjsonSink(JsonMapper mapper, OutputStream out) {
        this.mapper = mapper;
        this.zip = new ZipOutputStream(new KeepOpen(out));
    }

    @Override
    public void resource(String type, String id, Body body) {
        try {
            if (!type.equals(currentType)) {
                closeFile();
                zip.putNextEntry(new ZipEntry(type + ".ndjson"));
                currentType = type;
                json = mapper.createGenerator(new KeepOpen(zip));
            }
            json.writeStartObject();
            json.writeStringProperty("resourceType", type);
            json.writeStringProperty("id", id);
            body.write(json);
            json.writeEndObject();
            json.flush();
            zip.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String reference(String type, String id) {
        return type + "/" + id;
    }

    @Override
    public void finish() {
        try {
            closeFile();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeFile() throws IOException {
        if (json != null) {
            json.close();
            zip.closeEntry();
            json = null;
        }
    }
}
