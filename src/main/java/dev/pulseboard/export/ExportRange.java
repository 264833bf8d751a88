package dev.pulseboard.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.pulseboard.core.Days;
import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.core.Zones;

/**
 * The window an export covers, with open ends closed ({@code [from, to)} instants), in the member's zone: the dates
 * of its first and last day there for the daily data (nights, activity days).
 */
public record ExportRange(Instant from, Instant to, ZoneId zone) {

    public static final Instant BEGINNING = Instant.EPOCH;
    public static final Instant END = Instant.parse("9999-12-31T00:00:00Z");
    /** UTC by its name: stored and shown as "UTC", where {@link ZoneOffset#UTC} is "Z". */
    public static final ZoneId UTC = ZoneId.of("UTC");

    /**
     * {@code from}/{@code to} as the API and the Export page take them: a day (YYYY-MM-DD) is a day of {@code zone}
     * ({@code to} inclusive), an instant stays that instant, none leaves that end open.
     */
    public static ExportRange parse(String from, String to, ZoneId zone) {
        Instant start = TimeWindow.parse(from, null).from();
        Instant end = TimeWindow.parse(null, to).to();
        // TimeWindow checked both bounds and takes a day as a UTC day: a day here is a day of the member's zone.
        start = Days.parse(from).map(d -> d.atStartOfDay(zone).toInstant()).orElse(start);
        end = Days.parse(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()).orElse(end);
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("'from' must not be after 'to'.");
        }
        return new ExportRange(start == null ? BEGINNING : start, end == null ? END : end, zone);
    }

    public LocalDate firstDay() {
        return LocalDate.ofInstant(from, zone);
    }

    public LocalDate lastDay() {
        return LocalDate.ofInstant(to.minusSeconds(1), zone);
    }

    /** A Withings time-zone name as a zone; UTC when absent or unknown. */
    public static ZoneId zone(String name) {
        return Zones.named(name).map(ExportRange::byName).orElse(UTC);
    }

    /** The zone, with the offset UTC ("Z") as the zone named UTC. */
    public static ZoneId byName(ZoneId zone) {
        return ZoneOffset.UTC.equals(zone) ? UTC : zone;
    }
}
