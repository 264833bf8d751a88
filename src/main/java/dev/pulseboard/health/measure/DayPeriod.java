package dev.pulseboard.health.measure;

import java.time.LocalTime;

/**
 * The part of the day a home blood pressure belongs to by the clock where it was taken (ESH home monitoring): morning
 * 04:00 to 11:59, evening 18:00 to 23:59, anything else neither. The one rule of the Heart page's home averages and of
 * the doctor's report.
 */
public enum DayPeriod {

    MORNING("morning", "4:00\u201312:00"), EVENING("evening", "18:00\u201324:00"), OTHER("other", "");

    private static final LocalTime MORNING_FROM = LocalTime.of(4, 0);
    private static final LocalTime EVENING_FROM = LocalTime.of(18, 0);

    private final String word;
    private final String hours;

    DayPeriod(String word, String hours) {
        this.word = word;
        this.hours = hours;
    }

    public static DayPeriod of(LocalTime time) {
        if (!time.isBefore(MORNING_FROM) && time.isBefore(LocalTime.NOON)) {
            return MORNING;
        }
        return time.isBefore(EVENING_FROM) ? OTHER : EVENING;
    }

    /** "morning", "evening", "other". */
    public String word() {
        return word;
    }

    /** "Morning (4:00–12:00)", "Evening (18:00–24:00)", "Other": as the Heart page and the report head their rows. */
    public String label() {
        String title = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return hours.isEmpty() ? title : title + " (" + hours + ")";
    }

    /** "4:00–12:00"; empty for {@link #OTHER}. */
    public String hours() {
        return hours;
    }
}
