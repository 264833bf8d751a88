package dev.pulseboard.withings;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** One getactivity page. Pass {@code offset} to the next call while {@code more} is true. */
public record ActivityPage(List<Activity> activities, boolean more, int offset) implements Page<Activity> {

    public ActivityPage {
        activities = List.copyOf(activities);
    }

    @Override
    public List<Activity> items() {
        return activities;
    }

    static ActivityPage decode(JsonNode body, String field) {
        return new ActivityPage(Json.list(body, field, Activity::decode), Json.more(body), Json.offset(body));
    }
}
