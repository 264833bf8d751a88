package dev.pulseboard.emulator;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A fake Withings user. Its data is generated from {@code seed} relative to the emulator's "today", so the same
 * persona on the same day always has the same history.
 *
 * @param body  how the persona weighs in; null for none
 * @param fullKit whether it also has blood pressure, ECG, sleep, activity and workouts
 */
record Persona(String id, String name, String userId, ZoneId zone, long seed, List<Device> devices,
        BodyProfile body, boolean fullKit) {

    Optional<Device> device(int modelId) {
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
    record BodyProfile(int years, double weight, double height, double fatRatio, int age, double weekdayChance,
            int scanSinceDays, double ambiguousChance, double manualChance) {
    }
}
