package dev.pulseboard.export.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The home blood-pressure report of one member and window (the ESH 2023 home protocol: 7 days, at least 3; morning
 * and evening, two readings a minute apart; the first day left out of the averages): averages first, the category
 * against the home threshold, the chart, the readings, and what is missing for a complete report.
 */
public record BpReport(String memberName, String timeZone, LocalDate from, LocalDate to, String device,
        List<BpReading> readings, BpAverage all, BpAverage morning, BpAverage evening, int daysCounted,
        List<String> missing, String chartSvg, Instant generatedAt) {

    public static final int THRESHOLD_SYSTOLIC = 135;
    public static final int THRESHOLD_DIASTOLIC = 85;
    public static final int MIN_DAYS = 3;
    public static final int PROTOCOL_DAYS = 7;

    public String generatedText() {
        return generatedAt.toString().substring(0, 16).replace('T', ' ') + " UTC";
    }

    public boolean empty() {
        return readings.isEmpty();
    }

    /** Enough for the protocol's averages: readings on at least three days after the first. */
    public boolean enough() {
        return daysCounted >= MIN_DAYS;
    }

    /** The category named with its guideline; only meaningful when {@link #enough()}. */
    public String category() {
        return all.atOrAboveThreshold()
                ? "At or above the ESH 2023 home threshold (135/85 mmHg): consistent with hypertension on home readings"
                : "Below the ESH 2023 home threshold (135/85 mmHg)";
    }
}
