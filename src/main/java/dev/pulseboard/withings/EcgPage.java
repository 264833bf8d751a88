package dev.pulseboard.withings;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** One heart list page. Pass {@code offset} to the next call while {@code more} is true. */
public record EcgPage(List<EcgRecording> recordings, boolean more, int offset) implements Page<EcgRecording> {

    public EcgPage {
        recordings = List.copyOf(recordings);
    }

    @Override
    public List<EcgRecording> items() {
        return recordings;
    }

    static EcgPage decode(JsonNode body, String field) {
        return new EcgPage(Json.list(body, field, EcgRecording::decode), Json.more(body), Json.offset(body));
    }
}
