package dev.pulseboard.withings.activity;

import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;
import dev.pulseboard.withings.transport.Page;

/** One getworkouts page. Pass {@code offset} to the next call while {@code more} is true. */
public record WorkoutPage(List<Workout> workouts, boolean more, int offset) implements Page<Workout> {

    public WorkoutPage {
        workouts = List.copyOf(workouts);
    }

    @Override
    public List<Workout> items() {
        return workouts;
    }

    public static WorkoutPage decode(JsonNode body, String field) {
        return new WorkoutPage(Json.list(body, field, Workout::decode), Json.more(body), Json.offset(body));
    }
}
