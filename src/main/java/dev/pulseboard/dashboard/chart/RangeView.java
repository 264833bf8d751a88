package dev.pulseboard.dashboard.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The time range a section shows: {@code [from, to)} (a null {@code from} is the whole history), the key of the
 * button that is pressed, the dates shown in the custom form, and why a requested range was refused, if it was.
 */
public record RangeView(String key, Instant from, Instant to, LocalDate firstDay, LocalDate lastDay, String message) {

    /** The range buttons, in the order the page shows them. */
    public static final List<Option> OPTIONS = List.of(new Option("7d", "7 d", 7), new Option("30d", "30 d", 30),
            new Option("90d", "90 d", 90), new Option("1y", "1 y", 365), new Option("all", "All", 0));

    public static final String DEFAULT = "90d";

    public List<Option> options() {
        return OPTIONS;
    }

    public boolean isCustom() {
        return "custom".equals(key);
    }

    /**
     * Whether the range asked for was refused (the message says why and the default range is shown); a custom range
     * that was only cut at today is not: its message is a notice, and its fields show the days it now has.
     */
    public boolean refused() {
        return message != null && !isCustom();
    }

    /** The query that shows this range again, for links that add a parameter: "range=30d". */
    public String query() {
        return isCustom() ? "range=custom&from=" + firstDay + "&to=" + lastDay : "range=" + key;
    }

    /**
     * The range's start as an export takes it, "" for the whole history: the page's own instant, not its first day's
     * date, which the export would read as a day of the member's zone while the page may show days of a zone the
     * viewer fixed.
     */
    public String exportFrom() {
        return from == null ? "" : from.toString();
    }

    /** The range's end as an export takes it (the instant after its last day), "" when it has none. */
    public String exportTo() {
        return to == null ? "" : to.toString();
    }

    /** {@code from}, or the epoch for the whole history. */
    public Instant fromOrEpoch() {
        return from == null ? Instant.EPOCH : from;
    }

    public Instant toOrFarFuture() {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
    }

    /** The first day, or 1970-01-01 for the whole history. */
    public LocalDate firstDayOrEpoch() {
        return firstDay == null ? LocalDate.EPOCH : firstDay;
    }

    /**
     * The range for data dated by the member's own calendar (activity days, nights): the same, but running to the
     * member's today when it runs to the viewer's and the member's day is already a later one (a viewer who fixed a
     * zone behind the member's would else miss the member's current day).
     */
    public RangeView throughMembersDay(LocalDate membersToday, LocalDate viewersToday) {
        if (lastDay == null || lastDay.isBefore(viewersToday) || !membersToday.isAfter(lastDay)) {
            return this;
        }
        return new RangeView(key, from, to, firstDay, membersToday, message);
    }

    /** A range button: its query key, its label and its length in days (0: the whole history). */
    public record Option(String key, String label, int days) {
    }
}
