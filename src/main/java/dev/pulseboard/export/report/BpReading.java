package dev.pulseboard.export.report;

import java.time.LocalDateTime;

/**
 * One home reading in the member's local time: morning before noon, evening after. {@code counted} is false for the
 * first day of the window, which the ESH protocol leaves out of the averages.
 */
public record BpReading(LocalDateTime time, int systolic, int diastolic, Integer pulse, boolean counted) {

    public boolean morning() {
        return time.getHour() < 12;
    }

    public String period() {
        return morning() ? "morning" : "evening";
    }
}
