package dev.pulseboard.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A day read from a query or a form: ISO-8601 ({@code 2026-03-01}) in the years {@value TimeWindow#FIRST_YEAR} to
 * {@value TimeWindow#LAST_YEAR}. Beyond them Java parses a date that PostgreSQL refuses and that overflows when
 * turned into an instant, so it is no day a reading can have.
 */
public final class Days {

    private Days() {
    }

    /** The day, or empty when the text is not one of those years' days. */
    public static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text == null ? "" : text.strip())).filter(Days::within);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The day of an optional parameter: null when blank; refused ({@link #refusal}) when not one of those days. */
    public static LocalDate optional(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).orElseThrow(() -> new IllegalArgumentException(refusal(name, text)));
    }

    /** What to say of a text that {@link #parse} refused, worded as {@link TimeWindow} words its own refusals. */
    public static String refusal(String name, String text) {
        return "'" + name + "' should be a day (YYYY-MM-DD, such as 2026-03-01) of the years " + TimeWindow.FIRST_YEAR
                + " to " + TimeWindow.LAST_YEAR + ", not '" + (text == null ? "" : text.strip()) + "'.";
    }

    /**
     * Whether the day lies in the years a reading can have, {@value TimeWindow#FIRST_YEAR} to
     * {@value TimeWindow#LAST_YEAR}.
     */
    public static boolean within(LocalDate day) {
        return day.getYear() >= TimeWindow.FIRST_YEAR && day.getYear() <= TimeWindow.LAST_YEAR;
    }
}
