package dev.pulseboard.dashboard.chart;

/** Durations as people read them on a sleep or workout line. */
public final class Durations {

    private Durations() {
    }

    /**
     * "7 h 05", to the nearest minute (7 h 36 min 53 s is 7 h 37, as every other figure rounds, and as FHIR's
     * decimal hours of the same night say); an en dash for none.
     */
    public static String hoursMinutes(Integer seconds) {
        if (seconds == null) {
            return "\u2013";
        }
        int minutes = (seconds + 30) / 60;
        return String.format("%d h %02d", minutes / 60, minutes % 60);
    }
}
