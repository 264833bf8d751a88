package dev.pulseboard.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A half-open window {@code [from, to)} of instants; a null end is unbounded. Parsed from ISO-8601 instants
 * ({@code 2026-01-31T07:00:00Z}) or dates ({@code 2026-01-31}, a whole UTC day: as an end, inclusive).
 */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'from' must not be after 'to'.");
        }
    }

    public static TimeWindow parse(String from, String to) {
        return new TimeWindow(parseBound(from, "from", false), parseBound(to, "to", true));
    }

    private static Instant parseBound(String text, String name, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' should be a day (YYYY-MM-DD, such as 2026-03-01) or an"
                    + " instant (such as 2026-03-01T08:00:00Z), not '" + value + "'.");
        }
    }
}
