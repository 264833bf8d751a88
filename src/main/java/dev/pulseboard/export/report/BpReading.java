package dev.pulseboard.export.report;

import java.time.LocalDateTime;

import dev.pulseboard.health.measure.DayPeriod;

/**
 * One home reading in the member's local time, a morning, an evening or neither by {@link DayPeriod} (the Heart page's
 * rule too). {@code counted} is false for the first day of the window, which the ESH protocol leaves out of the
 * averages.
 */
public record BpReading(LocalDateTime time, int systolic, int diastolic, Integer pulse, boolean counted) {

    public DayPeriod dayPeriod() {
        return DayPeriod.of(time.toLocalTime());
    }

    /** "morning", "evening", "other". */
    public String period() {
        return dayPeriod().word();
    }
}
