package dev.pulseboard.dashboard.heart;

import java.time.Instant;

/**
 * One blood-pressure reading (systolic and diastolic of the same measure group) with its ESH 2023 category and the
 * time zone it was taken in (null when unknown).
 */
public record BloodPressureView(Instant time, double systolic, double diastolic, BpCategory category,
        String timeZone) {

    public String value() {
        return Math.round(systolic) + "/" + Math.round(diastolic);
    }
}
