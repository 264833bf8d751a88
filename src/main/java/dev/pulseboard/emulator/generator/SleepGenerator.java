package dev.pulseboard.emulator.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import dev.pulseboard.emulator.data.Device;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.persona.Histories;
import dev.pulseboard.emulator.persona.Persona;
import dev.pulseboard.emulator.persona.Span;

/**
 * Nights from the Sleep Analyzer (or the watch): bedtime near 22:45 local, later on weekends, about 7 h asleep on
 * weeknights and 8 h on weekends with some short nights, in 90-minute cycles (deep early, REM late) with brief
 * awakenings. A short night raises the heart rate, as a clinician would expect.
 */
public final class SleepGenerator {

    private SleepGenerator() {
    }

    public static List<Night> generate(Persona persona, Span span) {
        Device device = persona.device(Device.SLEEP_ANALYZER).or(() -> persona.device(Device.SCANWATCH)).orElse(null);
        int years = Histories.years(persona);
        List<Night> nights = new ArrayList<>();
        if (device == null || years == 0) {
            return nights;
        }
        SplittableRandom random = new SplittableRandom(persona.seed() * 7919 + 44);
        LocalDate day = span.anchor().minusYears(years);
        long id = 2_000_000_000L + persona.seed() * 100_000L;
        while (day.isBefore(span.until())) {
            day = day.plusDays(1);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double hours = (weekend ? 7.9 : 7.1) + random.nextGaussian() * 0.55 - (random.nextDouble() < 0.06 ? 1.8 : 0);
            hours = Math.max(3.5, Math.min(10, hours));
            int bedMinutes = (int) (22 * 60 + 45 + (weekend ? 50 : 0) + random.nextGaussian() * 25);
            long start = day.minusDays(1).atTime(LocalTime.MIDNIGHT).plusMinutes(bedMinutes)
                    .plusSeconds(random.nextInt(60)).atZone(persona.zone()).toEpochSecond();
            Night night = night(++id, day, start, device, hours, random);
            if (random.nextDouble() < 0.94) {
                nights.add(night);
            }
        }
        return nights;
    }

    public static Night night(long id, LocalDate day, long start, Device device, double hours,
            SplittableRandom random) {
        List<int[]> segments = new ArrayList<>();
        segments.add(new int[] { Night.AWAKE, 300 + random.nextInt(1200) });
        int asleep = (int) (hours * 3600);
        int cycle = 0;
        while (asleep > 0) {
            int length = Math.min(asleep, 5400 + (int) (random.nextGaussian() * 600));
            double deepShare = cycle < 2 ? 0.30 : 0.08;
            double remShare = cycle < 2 ? 0.12 : 0.30;
            int deep = (int) (length * deepShare);
            int rem = (int) (length * remShare);
            int light = length - deep - rem;
            add(segments, Night.LIGHT, light / 2);
            add(segments, Night.DEEP, deep);
            add(segments, Night.LIGHT, light - light / 2);
            add(segments, Night.REM, rem);
            if (random.nextDouble() < 0.35 && asleep > length) {
                add(segments, Night.AWAKE, 120 + random.nextInt(300));
            }
            asleep -= length;
            cycle++;
        }
        add(segments, Night.AWAKE, 120 + random.nextInt(780));
        byte[] states = new byte[segments.size()];
        int[] durations = new int[segments.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = (byte) segments.get(i)[0];
            durations[i] = segments.get(i)[1];
        }
        double shortfall = Math.max(0, 7.5 - hours);
        int hrAverage = (int) Math.round(56 + 2.2 * shortfall + random.nextGaussian() * 1.5);
        int rrAverage = (int) Math.round(14 + random.nextGaussian());
        int snoring = random.nextDouble() < 0.6 ? random.nextInt(1500) : 0;
        long end = start + Arrays.stream(durations).sum();
        return new Night(id, day, start, device, states, durations, hrAverage, hrAverage - 5 - random.nextInt(3),
                hrAverage + 14 + random.nextInt(15), rrAverage, rrAverage - 3, rrAverage + 4, snoring,
                5 + random.nextInt(20), end + 600 + random.nextInt(3000));
    }

    private static void add(List<int[]> segments, int state, int seconds) {
        if (seconds > 0) {
            segments.add(new int[] { state, seconds });
        }
    }
}
