package dev.pulseboard.emulator;

import java.time.LocalDate;

/** One local day of watch activity, as getactivity returns it; seconds for soft/moderate/intense and the HR zones. */
record ActivityDay(LocalDate date, Device device, int steps, double distance, int elevation, int soft, int moderate,
        int intense, double calories, double totalCalories, int hrAverage, int hrMin, int hrMax, int[] zones,
        long modified) {
}
