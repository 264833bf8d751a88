package dev.pulseboard.dashboard.chart;

/**
 * A row of a section's "latest readings" table, the text alternative of its chart: when, the value as written
 * for the viewer, and a second column (the 7-day average, or the blood-pressure category and its style hook).
 */
public record ReadingRowView(String when, String value, String note, String cssClass) {
}
