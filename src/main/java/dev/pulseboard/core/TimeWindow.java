package dev.pulseboard.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A half-open window {@code [from, to)} of instants; a null end is unbounded. Parsed from ISO-8601 instants
 * ({@code 2026-01-31T07:00:00Z}) or dates ({@code 2026-01-31}, a whole day of the zone given, UTC unless said: as an end, inclusive), in the years
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}: no reading is older, and beyond them dates overflow in the zones
 * and databases they meet.
 */
public record TimeWindow(Instant from, Instant to) {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    /** The one wording of a window that ends before it starts, for pages and the API. */
    public static final String INVERTED = "'from' is after 'to': the first day (or instant) must come first; swap "
            + "them.";

    public TimeWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(INVERTED);
        }
    }

    public static TimeWindow parse(String from, String to) {
        return parse(from, to, ZoneOffset.UTC);
    }

    /** A day is a day of {@code zone} (a member's local day); an instant stays that instant. */
    public static TimeWindow parse(String from, String to, ZoneId zone) {
        return new TimeWindow(parseBound(from, "from", false, zone), parseBound(to, "to", true, zone));
    }

    private static Instant parseBound(String text, String name, boolean end, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        Instant instant;
        int year;
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                instant = (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
                // The day's own year: 1900-01-01 in Paris starts in 1899 in UTC, and is still a day of 1900.
                year = date.getYear();
            } else {
                instant = Instant.parse(value);
                year = instant.atOffset(ZoneOffset.UTC).getYear();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' should be a day (YYYY-MM-DD, such as 2026-03-01) or an"
                    + " instant (such as 2026-03-01T08:00:00Z), not '" + value + "'.");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR + (end && value.length() != 10 ? 1 : 0)) {
            throw new IllegalArgumentException("'" + name + "' must lie between the years " + FIRST_YEAR + " and "
                    + LAST_YEAR + ", not '" + value + "'.");
        }
        return instant;
    }
}
