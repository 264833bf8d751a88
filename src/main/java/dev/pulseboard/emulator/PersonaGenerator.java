package dev.pulseboard.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a persona's whole history for "now": nights first, because a short night shapes the next day's resting
 * heart rate, steps and blood pressure; then weigh-ins, cardio, activity and workouts.
 */
final class PersonaGenerator {

    private PersonaGenerator() {
    }

    static UserData generate(Persona persona, Instant now) {
        List<Night> nights = SleepGenerator.generate(persona, now);
        Map<LocalDate, Night> byDay = nights.stream().collect(Collectors.toMap(Night::date, Function.identity()));
        List<MeasureGroup> groups = new ArrayList<>(new BodyGenerator(persona, now).generate());
        CardioGenerator.Result cardio = CardioGenerator.generate(persona, now, byDay);
        groups.addAll(cardio.groups());
        ActivityGenerator.Result activity = ActivityGenerator.generate(persona, now, byDay);
        return new UserData(persona, groups, nights, activity.days(), activity.workouts(), cardio.ecgs());
    }
}
