package dev.pulseboard.withings.sleep;

import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;
import dev.pulseboard.withings.transport.Page;

/** One sleep getsummary page. Pass {@code offset} to the next call while {@code more} is true. */
public record SleepSummaryPage(List<SleepSummary> summaries, boolean more, int offset) implements Page<SleepSummary> {

    public SleepSummaryPage {
        summaries = List.copyOf(summaries);
    }

    @Override
    public List<SleepSummary> items() {
        return summaries;
    }

    public static SleepSummaryPage decode(JsonNode body, String field) {
        return new SleepSummaryPage(Json.list(body, field, SleepSummary::decode), Json.more(body), Json.offset(body));
    }
}
