package dev.pulseboard.emulator.persona;

import java.time.LocalDate;

/**
 * The days a persona's history is generated for: from {@code anchor} minus the persona's years up to {@code until}
 * (a few days past "now"). Every generator walks the days from the start with one seeded random stream, so a longer
 * span yields the same items for the days both spans share: the history can be extended without changing its past.
 *
 * @param anchor            the local day the history is anchored to (the emulator's "today" when it was first
 *                          generated)
 * @param until             the last local day generated
 * @param homeProtocolAhead whether a persona that follows the home blood-pressure protocol before the anchor keeps to
 *                          it in the days after it, or goes back to its usual habit
 */
public record Span(LocalDate anchor, LocalDate until, boolean homeProtocolAhead) {

    /** A span whose home protocol goes on past the anchor. */
    public Span(LocalDate anchor, LocalDate until) {
        this(anchor, until, true);
    }

    /** Days generated past "today", so that readings are ready before the clock reaches them. */
    static final int AHEAD_DAYS = 7;

    /** The first day of daily data for a history of this many years. */
    public LocalDate first(int years) {
        return anchor.minusYears(years).plusDays(1);
    }
}
