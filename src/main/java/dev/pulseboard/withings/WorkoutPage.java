package dev.pulseboard.withings;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** One getworkouts page. Pass {@code offset} to the next call while {@code more} is true. */
public record WorkoutPage(List<Workout> workouts, boolean more, int offset) implements Page<Workout> {

    public WorkoutPage {
        workouts = List.copyOf(workouts);
    }

    @Override
    public List<Workout> items() {
        return workouts;
    }

    static WorkoutPage decode(JsonNode body, String field) {
        return new WorkoutPage(Json.list(body, field, Workout::decode), Json.more(body), Json.offset(body));
    }
}
