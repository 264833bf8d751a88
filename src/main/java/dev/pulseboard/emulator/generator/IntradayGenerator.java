package dev.pulseboard.emulator.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.Workout;
import dev.pulseboard.emulator.persona.Persona;

/**
 * Minute-by-minute watch data for one day, generated on demand and consistent with the day's totals: the steps of
 * all minutes add up to the day's steps (workout minutes carry the workout's steps), heart rate every 10 minutes
 * (resting at night, raised while moving, high during workouts), and SpO2 once an hour at night.
 */
public final class IntradayGenerator {

    /** Per minute of the local day: steps, heart rate (0 = none), SpO2 in tenths of % (0 = none). */
    public record Minutes(int[] steps, int[] heartRate, int[] spo2Tenths) {
    }

    private static final int WAKE = 7 * 60;
    private static final int SLEEP = 23 * 60;

    private IntradayGenerator() {
    }

    public static Minutes day(Persona persona, ActivityDay day, List<Workout> workouts, double restingHr) {
        LocalDate date = day.date();
        SplittableRandom random = new SplittableRandom(persona.seed() * 1_000_003L + date.toEpochDay());
        long midnight = date.atStartOfDay(persona.zone()).toEpochSecond();
        int[] steps = new int[1440];
        int[] hr = new int[1440];
        int[] spo2 = new int[1440];
        boolean[] training = new boolean[1440];
        int workoutSteps = 0;
        for (Workout w : workouts) {
            int from = (int) ((w.start() - midnight) / 60);
            int minutes = w.minutes();
            for (int m = Math.max(0, from); m < Math.min(1440, from + minutes); m++) {
                training[m] = true;
                steps[m] = w.steps() / Math.max(1, minutes);
                workoutSteps += steps[m];
            }
        }
        double[] weights = new double[1440];
        double sum = 0;
        for (int m = WAKE; m < SLEEP; m++) {
            boolean commute = Math.abs(m - 8 * 60) < 25 || Math.abs(m - 18 * 60) < 25;
            weights[m] = training[m] ? 0 : random.nextDouble() < (commute ? 0.8 : 0.22) ? random.nextDouble() : 0;
            sum += weights[m];
        }
        int rest = Math.max(0, day.steps() - workoutSteps);
        for (int m = 0; m < 1440 && sum > 0; m++) {
            steps[m] += (int) Math.round(rest * weights[m] / sum);
        }
        for (int m = 0; m < 1440; m += 10) {
            boolean asleep = m < WAKE || m >= SLEEP;
            double value = training[m] ? workouts.get(0).hrAverage() + random.nextGaussian() * 6
                    : asleep ? restingHr + random.nextGaussian() * 2
                    : restingHr + 15 + steps[m] / 12.0 + random.nextGaussian() * 4;
            hr[m] = (int) Math.round(value);
        }
        for (int m = 30; m < WAKE; m += 60) {
            spo2[m] = (int) Math.round(955 + random.nextGaussian() * 12);
        }
        return new Minutes(steps, hr, spo2);
    }
}
