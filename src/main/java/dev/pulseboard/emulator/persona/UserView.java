package dev.pulseboard.emulator.persona;

import java.time.ZoneId;
import java.util.List;

import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.Ecg;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.data.Workout;
import dev.pulseboard.emulator.endpoint.GroupJsonCache;

/**
 * What a user's data looks like at one instant of the emulator's clock: only what has been uploaded by then, a
 * measure group edited later still with its first {@code modified}, and the days not yet finished as the watch last
 * synced them (every hour). Immutable; {@code version} changes whenever the visible data does. {@code profileZone}:
 * the time zone of the user's Withings profile now, the persona's unless it was moved (getmeas names it for every
 * group of its answer, withings-api.md §9.7).
 */
public record UserView(Persona persona, List<MeasureGroup> groups, List<Night> nights, List<ActivityDay> days,
        List<Workout> workouts, List<Ecg> ecgs, long version, GroupJsonCache groupJson, ZoneId profileZone) {
}
