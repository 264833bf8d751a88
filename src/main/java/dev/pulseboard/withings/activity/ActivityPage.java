package dev.pulseboard.withings.activity;

import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;
import dev.pulseboard.withings.transport.Page;

/** One getactivity page. Pass {@code offset} to the next call while {@code more} is true. */
public record ActivityPage(List<Activity> activities, boolean more, int offset) implements Page<Activity> {

    public ActivityPage {
        activities = List.copyOf(activities);
    }

    @Override
    public List<Activity> items() {
        return activities;
    }

    public static ActivityPage decode(JsonNode body, String field) {
        return new ActivityPage(Json.list(body, field, Activity::decode), Json.more(body), Json.offset(body));
    }
}
