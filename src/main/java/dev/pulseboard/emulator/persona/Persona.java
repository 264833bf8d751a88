package dev.pulseboard.emulator.persona;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.pulseboard.emulator.data.Device;

/**
 * A fake Withings user. Its data is generated from {@code seed} relative to the emulator's "today", so the same
 * persona anchored to the same day always has the same history.
 *
 * @param body  how the persona weighs in; null for none
 * @param fullKit whether it also has blood pressure, ECG, sleep, activity and workouts
 */
public record Persona(String id, String name, String userId, ZoneId zone, long seed, List<Device> devices,
        BodyProfile body, boolean fullKit) {

    public Optional<Device> device(int modelId) {
        return devices.stream().filter(d -> d.modelId() == modelId).findFirst();
    }

    /**
     * How a persona weighs in.
     *
     * @param years            length of the history
     * @param weight           starting weight, kg
     * @param height           m
     * @param fatRatio         %, at the starting weight
     * @param weekdayChance    probability of a weigh-in on a weekday; weekends are 20 points lower
     * @param scanSinceDays    days since the switch from Body+ to Body Scan (segmental values); 0 = never
     * @param ambiguousChance  probability that a reading is attrib 1 (shared scale, another person)
     * @param manualChance     probability of an extra manual entry on a day
     */
    public record BodyProfile(int years, double weight, double height, double fatRatio, int age, double weekdayChance,
            int scanSinceDays, double ambiguousChance, double manualChance) {

        /** Another person of the same kind: weight, height, fat ratio and age drawn around these. */
        BodyProfile varied(SplittableRandom random) {
            double h = height + random.nextGaussian() * 0.07;
            double w = weight * (h / height) * (h / height) + random.nextGaussian() * 5;
            return new BodyProfile(years, Math.round(w * 10) / 10.0, Math.round(h * 100) / 100.0,
                    Math.max(10, fatRatio + random.nextGaussian() * 3), Math.max(20, age + random.nextInt(21) - 10),
                    weekdayChance, scanSinceDays, ambiguousChance, manualChance);
        }
    }
}
