package dev.pulseboard.export.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import dev.pulseboard.health.daily.WorkoutSession;
import dev.pulseboard.health.recording.WorkoutKinds;
import tools.jackson.core.JsonGenerator;

/**
 * A workout as one Observation: its exercise duration (LOINC 55411-3, in minutes) over the workout's period, with
 * the kind of exercise (73985-4, Withings' category in Pulseboard's code system), calories, distance, steps, mean
 * and maximum heart rate and Withings' intensity as components, each only when stored. Identified by Withings'
 * workout id.
 */
final class WorkoutObservations {

    /** Withings' workout categories (1 walk, 2 run, 6 cycling, ...), named as on the Activity page. */
    static final String CATEGORIES = FhirCode.PULSEBOARD + "-workout-category";

    private final FhirSink sink;
    private final Subject subject;

    WorkoutObservations(FhirSink sink, Subject subject) {
        this.sink = sink;
        this.subject = subject;
    }

    void write(WorkoutSession workout) {
        String id = Long.toString(workout.withingsId());
        sink.resource("Observation", FhirJson.id(subject.memberId(), "workout/" + id), json -> {
            FhirJson.observationHead(json, FhirCode.EXERCISE_DURATION);
            FhirJson.identifier(json, "withings-workout", id);
            subject.write(json);
            json.writeObjectPropertyStart("effectivePeriod");
            json.writeStringProperty("start", FhirJson.dateTime(workout.start(), workout.timezone()));
            json.writeStringProperty("end", FhirJson.dateTime(workout.end(), workout.timezone()));
            json.writeEndObject();
            FhirJson.quantity(json, "valueQuantity", minutes(workout), FhirCode.EXERCISE_DURATION);
            json.writeArrayPropertyStart("component");
            category(json, workout.category());
            component(json, FhirCode.ACTIVE_CALORIES, workout.calories());
            component(json, FhirCode.WORKOUT_DISTANCE, workout.distanceMeters());
            component(json, FhirCode.WORKOUT_STEPS, workout.steps());
            component(json, FhirCode.WORKOUT_HR_MEAN, workout.hrAverage());
            component(json, FhirCode.WORKOUT_HR_MAX, workout.hrMax());
            component(json, FhirCode.WORKOUT_INTENSITY, workout.intensity());
            json.writeEndArray();
        });
    }

    /** The workout's length in minutes, to the second. */
    static BigDecimal minutes(WorkoutSession workout) {
        long seconds = Duration.between(workout.start(), workout.end()).toSeconds();
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    private static void category(JsonGenerator json, int category) {
        String name = WorkoutKinds.name(category);
        json.writeStartObject();
        FhirJson.code(json, "code", FhirCode.EXERCISE_ACTIVITY);
        json.writeObjectPropertyStart("valueCodeableConcept");
        json.writeArrayPropertyStart("coding");
        FhirJson.coding(json, CATEGORIES, Integer.toString(category), name);
        json.writeEndArray();
        json.writeStringProperty("text", name);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void component(JsonGenerator json, FhirCode code, Number value) {
        if (value != null) {
            FhirJson.component(json, code, value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue()));
        }
    }
}
