package dev.pulseboard.dashboard.chart;

/** Durations as people read them on a sleep or workout line. */
public final class Durations {

    private Durations() {
    }

    /** "7 h 05"; an en dash for none. */
    public static String hoursMinutes(Integer seconds) {
        if (seconds == null) {
            return "\u2013";
        }
        return String.format("%d h %02d", seconds / 3600, seconds % 3600 / 60);
    }
}
