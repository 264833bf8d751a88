package dev.pulseboard.emulator.persona;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import dev.pulseboard.emulator.data.Night;

/** Small facts shared by the generators. */
public final class Histories {

    private Histories() {
    }

    /** Years of history; 0 for a new account. */
    public static int years(Persona persona) {
        return persona.body() == null ? 0 : persona.body().years();
    }

    /** How many hours short of 7.5 h the night that ended on this day was (0 when there is no night). */
    public static double sleepShortfall(Map<LocalDate, Night> nights, LocalDate day) {
        Night night = nights.get(day);
        return night == null ? 0 : Math.max(0, 7.5 - night.hoursAsleep());
    }

    /** Resting heart rate on a day: higher after a short night. */
    public static double restingHeartRate(Map<LocalDate, Night> nights, LocalDate day) {
        return 55 + 2.5 * sleepShortfall(nights, day);
    }

    /** 1 at the height of the local summer, -1 in mid-winter (southern hemisphere aware). */
    public static double summer(LocalDate day, ZoneId zone) {
        double northern = -Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.0);
        String id = zone.getId();
        boolean south = id.startsWith("Pacific/Auckland") || id.startsWith("Australia") || id.startsWith("Antarctica");
        return south ? -northern : northern;
    }
}
