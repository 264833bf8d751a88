package dev.pulseboard.dashboard.chart;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.Days;
import dev.pulseboard.core.TimeWindow;

/**
 * Reads the range of a section from the query ({@code range=7d|30d|90d|1y|all}, or {@code range=custom} with
 * {@code from} and {@code to} dates, both inclusive, in the viewer's time zone). A range that cannot be read, is
 * inverted or lies in the future falls back to the default range, with a message saying why.
 */
@Component
public class Ranges {

    private final Clock clock;

    Ranges(Clock clock) {
        this.clock = clock;
    }

    public RangeView parse(String key, String from, String to, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (key == null || key.isBlank()) {
            key = (from == null || from.isBlank()) && (to == null || to.isBlank()) ? RangeView.DEFAULT : "custom";
        }
        if ("custom".equals(key)) {
            return custom(from, to, today, zone);
        }
        for (RangeView.Option option : RangeView.OPTIONS) {
            if (option.key().equals(key)) {
                return preset(option, today, zone, null);
            }
        }
        return fallback(today, zone, "Unknown range \u201c" + key + "\u201d; showing the last 90 days.");
    }

    private RangeView custom(String from, String to, LocalDate today, ZoneId zone) {
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from == null ? "" : from.strip());
            last = to == null || to.isBlank() ? today : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return fallback(today, zone, "The dates of the custom range could not be read (use YYYY-MM-DD); "
                    + "showing the last 90 days.");
        }
        if (!Days.within(first) || !Days.within(last)) {
            return fallback(today, zone, "The custom range must lie between the years " + TimeWindow.FIRST_YEAR
                    + " and " + TimeWindow.LAST_YEAR + "; showing the last 90 days.");
        }
        if (last.isBefore(first)) {
            return fallback(today, zone, "The custom range ends before it starts; showing the last 90 days.");
        }
        if (first.isAfter(today)) {
            return fallback(today, zone, "The custom range lies in the future; showing the last 90 days.");
        }
        // Days after today hold nothing yet: they would stretch the chart and make a fortnight of readings look like
        // more than a month to the home-average rule. Cut at today, and say so.
        String cut = null;
        if (last.isAfter(today)) {
            last = today;
            cut = "The custom range ran past today; it ends today.";
        }
        return new RangeView("custom", first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), first, last, cut);
    }

    private RangeView fallback(LocalDate today, ZoneId zone, String message) {
        return preset(RangeView.OPTIONS.get(2), today, zone, message);
    }

    private static RangeView preset(RangeView.Option option, LocalDate today, ZoneId zone, String message) {
        LocalDate first = option.days() == 0 ? null : today.minusDays(option.days() - 1L);
        return new RangeView(option.key(), first == null ? null : first.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant(), first, today, message);
    }
}
