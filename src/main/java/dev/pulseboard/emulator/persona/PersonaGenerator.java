package dev.pulseboard.emulator.persona;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.generator.ActivityGenerator;
import dev.pulseboard.emulator.generator.BodyGenerator;
import dev.pulseboard.emulator.generator.CardioGenerator;
import dev.pulseboard.emulator.generator.SleepGenerator;

/**
 * Builds a persona's whole history for a span of days: nights first, because a short night shapes the next day's
 * resting heart rate, steps and blood pressure; then weigh-ins, cardio, activity and workouts. The result is a pure
 * function of the persona's seed and the span: it holds readings "from the future" too, which {@link UserData} shows
 * only once the emulator's clock has passed their upload time.
 */
final class PersonaGenerator {

    private PersonaGenerator() {
    }

    static History generate(Persona persona, Span span) {
        List<Night> nights = SleepGenerator.generate(persona, span);
        Map<LocalDate, Night> byDay = nights.stream().collect(Collectors.toMap(Night::date, Function.identity()));
        List<MeasureGroup> groups = new ArrayList<>(new BodyGenerator(persona, span).generate());
        CardioGenerator.Result cardio = CardioGenerator.generate(persona, span, byDay);
        groups.addAll(cardio.groups());
        ActivityGenerator.Result activity = ActivityGenerator.generate(persona, span, byDay);
        return new History(groups, nights, activity.days(), activity.workouts(), cardio.ecgs(), span.until());
    }
}
