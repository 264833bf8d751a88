package dev.pulseboard.withings.heart;

import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;
import dev.pulseboard.withings.transport.Page;

/** One heart list page. Pass {@code offset} to the next call while {@code more} is true. */
public record EcgPage(List<EcgRecording> recordings, boolean more, int offset) implements Page<EcgRecording> {

    public EcgPage {
        recordings = List.copyOf(recordings);
    }

    @Override
    public List<EcgRecording> items() {
        return recordings;
    }

    public static EcgPage decode(JsonNode body, String field) {
        return new EcgPage(Json.list(body, field, EcgRecording::decode), Json.more(body), Json.offset(body));
    }
}
