package dev.pulseboard.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.core.Zones;

/**
 * The window an export covers, with open ends closed ({@code [from, to)} instants), in the member's zone: the dates
 * of its first and last day there for the daily data (nights, activity days).
 */
public record ExportRange(Instant from, Instant to, ZoneId zone) {

    public static final Instant BEGINNING = Instant.EPOCH;
    public static final Instant END = Instant.parse("9999-12-31T00:00:00Z");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /**
     * {@code from}/{@code to} as the API and the Export page take them: a day (YYYY-MM-DD) is a day of {@code zone}
     * ({@code to} inclusive), an instant stays that instant, none leaves that end open.
     */
    public static ExportRange parse(String from, String to, ZoneId zone) {
        TimeWindow window = TimeWindow.parse(from, to, zone);
        return new ExportRange(window.from() == null ? BEGINNING : window.from(),
                window.to() == null ? END : window.to(), zone);
    }

    /**
     * Refuses a window whose first day is after the member's {@code today}: nothing is recorded there yet, and an
     * empty file or report without a word would look like lost data. {@code what} is "export" or "report".
     */
    public static void startsByToday(String what, LocalDate first, LocalDate today, ZoneId zone, String nothing) {
        if (first.isAfter(today)) {
            throw new IllegalArgumentException("The " + what + " cannot start after today, " + DAY.format(today)
                    + " in " + zone.getId() + ": " + nothing);
        }
    }

    public LocalDate firstDay() {
        return LocalDate.ofInstant(from, zone);
    }

    public LocalDate lastDay() {
        return LocalDate.ofInstant(to.minusSeconds(1), zone);
    }

    /** A Withings time-zone name as a zone; UTC when absent or unknown. */
    public static ZoneId zone(String name) {
        return Zones.named(name).map(Zones::byName).orElse(Zones.UTC);
    }
}
