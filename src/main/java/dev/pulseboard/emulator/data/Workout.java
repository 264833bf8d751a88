package dev.pulseboard.emulator.data;

import java.time.LocalDate;

/** A workout recorded by the watch; {@code category} is Withings' workout type (1 walk, 2 run, 6 bicycling). */
public record Workout(long id, int category, long start, long end, LocalDate date, Device device, double calories,
        int hrAverage, int hrMin, int hrMax, int steps, double distance, int elevation, long modified) {

    public static final int WALK = 1;
    public static final int RUN = 2;
    public static final int BIKE = 6;

    public int minutes() {
        return (int) ((end - start) / 60);
    }
}
