package dev.pulseboard.emulator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Daily watch activity and workouts: a weekly rhythm of steps (busy Saturday, lazy Sunday), more in summer, fewer
 * after a short night, planned workouts (run on Tuesdays, bike on Thursdays, a long walk on Saturdays) that show up
 * in steps, intensity, calories and heart rate. Today's day is partial, up to the current local time.
 */
final class ActivityGenerator {

    private static final int[] WEEKLY_STEPS = { 8200, 9000, 8600, 8800, 9500, 11500, 6800 };

    record Result(List<ActivityDay> days, List<Workout> workouts) {
    }

    private ActivityGenerator() {
    }

    static Result generate(Persona persona, Instant now, Map<LocalDate, Night> nights) {
        Device watch = persona.device(Device.SCANWATCH).orElse(null);
        int years = Histories.years(persona);
        List<ActivityDay> days = new ArrayList<>();
        List<Workout> workouts = new ArrayList<>();
        if (watch == null || years == 0) {
            return new Result(days, workouts);
        }
        SplittableRandom random = new SplittableRandom(persona.seed() * 7919 + 16);
        LocalDate today = now.atZone(persona.zone()).toLocalDate();
        long workoutId = 9_000_000_000L + persona.seed() * 100_000L;
        for (LocalDate day = today.minusYears(years).plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            long midnight = day.atStartOfDay(persona.zone()).toEpochSecond();
            double elapsed = day.equals(today) ? Math.min(1, (now.getEpochSecond() - midnight) / 86_400.0) : 1;
            double shortfall = Histories.sleepShortfall(nights, day);
            Workout workout = workout(persona, day, watch, random, ++workoutId, now.getEpochSecond());
            double steps = WEEKLY_STEPS[day.getDayOfWeek().getValue() - 1]
                    + 1200 * Histories.summer(day, persona.zone()) - 600 * shortfall + random.nextGaussian() * 2200;
            steps = Math.max(900, steps) + (workout == null ? 0 : workout.steps());
            int total = (int) (steps * elapsed);
            int hrMin = (int) Math.round(Histories.restingHeartRate(nights, day) + random.nextGaussian());
            int intense = workout != null && workout.category() == Workout.RUN ? workout.minutes() * 60 : 0;
            int moderate = (int) (total / 110.0 * 60 * 0.35) + (workout != null && intense == 0 ? workout.minutes() * 60 : 0);
            int soft = (int) (total / 110.0 * 60 * 0.65);
            double active = total * 0.04 + (workout == null ? 0 : workout.calories());
            int hrMax = workout == null ? 105 + random.nextInt(20) : workout.hrMax();
            int[] zones = { soft + 36_000, moderate, intense / 2, intense / 2 };
            long modified = day.equals(today) ? now.getEpochSecond() : midnight + 86_400 + 7200 + random.nextInt(3600);
            days.add(new ActivityDay(day, watch, total, Math.round(total * 0.76 * 10) / 10.0, total / 900, soft,
                    moderate, intense, Math.round(active * 100) / 100.0,
                    Math.round((1750 * elapsed + active) * 100) / 100.0, hrMin + 16 + random.nextInt(6), hrMin, hrMax,
                    zones, Math.min(modified, now.getEpochSecond())));
            if (workout != null) {
                workouts.add(workout);
            }
        }
        return new Result(days, workouts);
    }

    private static Workout workout(Persona persona, LocalDate day, Device watch, SplittableRandom random, long id,
            long now) {
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
        if (end + 600 > now) {
            return null;
        }
        int steps = category == Workout.RUN ? minutes * 165 : category == Workout.WALK ? minutes * 105 : 0;
        double perMinute = category == Workout.RUN ? 11.5 : category == Workout.BIKE ? 9 : 4.5;
        int hrAverage = category == Workout.WALK ? 102 + random.nextInt(10) : 138 + random.nextInt(14);
        double distance = category == Workout.BIKE ? minutes * 380.0 : steps * (category == Workout.RUN ? 1.05 : 0.76);
        return new Workout(id, category, start, end, day, watch, Math.round(minutes * perMinute * 10) / 10.0,
                hrAverage, hrAverage - 35, hrAverage + 25, steps, Math.round(distance * 10) / 10.0, steps / 1200,
                end + 300 + random.nextInt(1800));
    }
}
