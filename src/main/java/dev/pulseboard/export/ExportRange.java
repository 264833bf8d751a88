package dev.pulseboard.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.core.Zones;

/**
 * The window an export covers, with open ends closed ({@code [from, to)} instants) and the UTC dates of its first
 * and last day for the daily data (nights, activity days).
 */
public record ExportRange(Instant from, Instant to) {

    public static final Instant BEGINNING = Instant.EPOCH;
    public static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    public static ExportRange of(TimeWindow window) {
        return new ExportRange(window.from() == null ? BEGINNING : window.from(),
                window.to() == null ? END : window.to());
    }

    public LocalDate firstDay() {
        return LocalDate.ofInstant(from, ZoneOffset.UTC);
    }

    public LocalDate lastDay() {
        return LocalDate.ofInstant(to.minusSeconds(1), ZoneOffset.UTC);
    }

    /** A Withings time-zone name as a zone; UTC when absent or unknown. */
    public static ZoneId zone(String name) {
        return Zones.named(name).orElse(ZoneOffset.UTC);
    }
}
