package dev.pulseboard.export.csv;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The files of Withings' "download my data" archive that Pulseboard writes and reads, with their headers. Names
 * and headers follow the archive as the tools that read it expect them; dates are the member's local time
 * ({@code yyyy-MM-dd HH:mm:ss}), sleep periods ISO-8601 with their offset, daily files one local date per row.
 * Withings documents none of this (nor does the project's Withings fact sheet); what was checked, against what,
 * is in the README ("Import of Withings' archive"). {@code Night events} ends the sleep header of the archives
 * read by tools written in 2023; Pulseboard writes it empty.
 */
public enum WithingsFile {
    WEIGHT("weight.csv", "Date", "Weight (kg)", "Fat mass (kg)", "Bone mass (kg)", "Muscle mass (kg)",
            "Hydration (kg)", "Comments"),
    BP("bp.csv", "Date", "Heart rate", "Systolic", "Diastolic", "Comments"),
    HEIGHT("height.csv", "Date", "Value"),
    PWV("pwv.csv", "Date", "Value"),
    SLEEP("sleep.csv", "from", "to", "light (s)", "deep (s)", "rem (s)", "awake (s)", "wake up",
            "Duration to sleep (s)", "Duration to wake up (s)", "Snoring (s)", "Snoring episodes",
            "Average heart rate", "Heart rate (min)", "Heart rate (max)", "Night events"),
    STEPS("aggregates_steps.csv", "date", "value"),
    DISTANCE("aggregates_distance.csv", "date", "value"),
    CALORIES("aggregates_calories_earned.csv", "date", "value"),
    ELEVATION("aggregates_elevation.csv", "date", "value"),
    ACTIVITIES("activities.csv", "from", "to", "From (manual)", "To (manual)", "Timezone", "Activity type", "Data",
            "GPS", "Modified");

    /** How dates of single readings are written: the member's local time, to the second. */
    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String fileName;
    private final List<String> header;

    WithingsFile(String fileName, String... header) {
        this.fileName = fileName;
        this.header = List.of(header);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }
}
