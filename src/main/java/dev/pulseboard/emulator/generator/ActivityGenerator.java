package dev.pulseboard.emulator.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.data.Workout;
import dev.pulseboard.emulator.persona.Histories;
import dev.pulseboard.emulator.persona.Persona;
import dev.pulseboard.emulator.persona.Span;
import dev.pulseboard.emulator.persona.UserData;

/**
 * Daily watch activity and workouts: a weekly rhythm of steps (busy Saturday, lazy Sunday), more in summer, fewer
 * after a short night, planned workouts (run on Tuesdays, bike on Thursdays, a long walk on Saturdays) that show up
 * in steps, intensity, calories and heart rate. Each day is uploaded by the watch's last sync after
 * midnight ({@code modified}); {@link UserData} shows it partial before that.
 */
public final class ActivityGenerator {

    private static final int[] WEEKLY_STEPS = { 8200, 9000, 8600, 8800, 9500, 11500, 6800 };

    public record Result(List<ActivityDay> days, List<Workout> workouts) {
    }

    private ActivityGenerator() {
    }

    public static Result generate(Persona persona, Span span, Map<LocalDate, Night> nights) {
        Device watch = source(persona);
        int years = Histories.years(persona);
        List<ActivityDay> days = new ArrayList<>();
        List<Workout> workouts = new ArrayList<>();
        if (watch == null || years == 0) {
            return new Result(days, workouts);
        }
        SplittableRandom random = new SplittableRandom(persona.seed() * 7919 + 16);
        long workoutId = 9_000_000_000L + persona.seed() * 100_000L;
        for (LocalDate day = span.first(years); !day.isAfter(span.until()); day = day.plusDays(1)) {
            long midnight = day.atStartOfDay(persona.zone()).toEpochSecond();
            double shortfall = Histories.sleepShortfall(nights, day);
            Workout workout = workout(persona, day, watch, random, ++workoutId);
            double steps = WEEKLY_STEPS[day.getDayOfWeek().getValue() - 1]
                    + 1200 * Histories.summer(day, persona.zone()) - 600 * shortfall + random.nextGaussian() * 2200;
            steps = Math.max(900, steps) + (workout == null ? 0 : workout.steps());
            int hrMin = (int) Math.round(Histories.restingHeartRate(nights, day) + random.nextGaussian());
            int hrMax = workout == null ? 105 + random.nextInt(20) : workout.hrMax();
            // The watch's last sync of the day lands after midnight; until then the day shows as partial.
            long modified = midnight + 86_400 + 7200 + random.nextInt(3600);
            days.add(day(day, watch, (int) steps, workout, hrMin + 16 + random.nextInt(6), hrMin, hrMax, modified));
            if (workout != null) {
                workouts.add(workout);
            }
        }
        return new Result(days, workouts);
    }

    /** Where a persona's activity comes from: its watch, or another app (Google Fit); null for neither. */
    public static Device source(Persona persona) {
        return persona.device(Device.SCANWATCH).or(() -> persona.device(Device.GOOGLE_FIT)).orElse(null);
    }

    /**
     * A day's figures from its steps (and its workout, or null), as the watch computes them; another app sends no
     * heart rate, as zeros (AIO activity.json).
     */
    public static ActivityDay day(LocalDate date, Device watch, int steps, Workout workout, int hrAverage, int hrMin,
            int hrMax, long modified) {
        int intense = workout != null && workout.category() == Workout.RUN ? workout.minutes() * 60 : 0;
        int moderate = (int) (steps / 110.0 * 60 * 0.35) + (workout != null && intense == 0 ? workout.minutes() * 60 : 0);
        int soft = (int) (steps / 110.0 * 60 * 0.65);
        double active = steps * 0.04 + (workout == null ? 0 : workout.calories());
        boolean hr = !watch.external();
        int[] zones = hr ? new int[] { soft + 36_000, moderate, intense / 2, intense / 2 } : new int[4];
        return new ActivityDay(date, watch, steps, Math.round(steps * 0.76 * 10) / 10.0, steps / 900, soft, moderate,
                intense, Math.round(active * 100) / 100.0, Math.round((1750 + active) * 100) / 100.0,
                hr ? hrAverage : 0, hr ? hrMin : 0, hr ? hrMax : 0, zones, modified);
    }

    private static Workout workout(Persona persona, LocalDate day, Device watch, SplittableRandom random, long id) {
        double chance = random.nextDouble();
        DayOfWeek dow = day.getDayOfWeek();
        int category = dow == DayOfWeek.TUESDAY ? Workout.RUN : dow == DayOfWeek.THURSDAY ? Workout.BIKE
                : dow == DayOfWeek.SATURDAY ? Workout.WALK : 0;
        if (category == 0 || chance > (persona.fullKit() ? 0.8 : 0.5)) {
            return null;
        }
        int minutes = category == Workout.WALK ? 60 + random.nextInt(40) : 30 + random.nextInt(25);
        LocalTime at = dow == DayOfWeek.SATURDAY ? LocalTime.of(10, random.nextInt(50)) : LocalTime.of(18, random.nextInt(50));
        long start = day.atTime(at).atZone(persona.zone()).toEpochSecond();
        long end = start + minutes * 60L;
        int hrAverage = category == Workout.WALK ? 102 + random.nextInt(10) : 138 + random.nextInt(14);
        return workout(id, category, start, end, day, watch, hrAverage, end + 300 + random.nextInt(1800));
    }

    /** A workout's figures from its kind and length, as the watch computes them (another app's: no heart rate). */
    public static Workout workout(long id, int category, long start, long end, LocalDate date, Device watch, int hrAverage,
            long modified) {
        int minutes = (int) ((end - start) / 60);
        int steps = category == Workout.RUN ? minutes * 165 : category == Workout.WALK ? minutes * 105 : 0;
        double perMinute = category == Workout.RUN ? 11.5 : category == Workout.BIKE ? 9 : 4.5;
        double distance = category == Workout.BIKE ? minutes * 380.0 : steps * (category == Workout.RUN ? 1.05 : 0.76);
        boolean hr = !watch.external();
        return new Workout(id, category, start, end, date, watch, Math.round(minutes * perMinute * 10) / 10.0,
                hr ? hrAverage : 0, hr ? hrAverage - 35 : 0, hr ? hrAverage + 25 : 0, steps,
                Math.round(distance * 10) / 10.0, steps / 1200, modified);
    }
}
