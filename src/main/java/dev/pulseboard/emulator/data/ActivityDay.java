package dev.pulseboard.emulator.data;

import java.time.LocalDate;

/** One local day of watch activity, as getactivity returns it; seconds for soft/moderate/intense and the HR zones. */
public record ActivityDay(LocalDate date, Device device, int steps, double distance, int elevation, int soft, int moderate,
        int intense, double calories, double totalCalories, int hrAverage, int hrMin, int hrMax, int[] zones,
        long modified) {

    /** The day as the watch had synced it {@code elapsed} (0-1) of the way through, uploaded at {@code syncedAt}. */
    public ActivityDay partial(double elapsed, long syncedAt) {
        int[] partZones = new int[zones.length];
        for (int z = 0; z < zones.length; z++) {
            partZones[z] = (int) (zones[z] * elapsed);
        }
        int partSteps = (int) (steps * elapsed);
        double active = calories * elapsed;
        return new ActivityDay(date, device, partSteps, Math.round(partSteps * 0.76 * 10) / 10.0, partSteps / 900,
                (int) (soft * elapsed), (int) (moderate * elapsed), (int) (intense * elapsed),
                Math.round(active * 100) / 100.0, Math.round((totalCalories - calories) * elapsed * 100 + active * 100)
                        / 100.0, hrAverage, hrMin, hrMax, partZones, syncedAt);
    }
}
