package dev.pulseboard.core;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Time-zone names as Withings, a file or the database give them ("Europe/Paris"): a blank, missing or unknown name
 * is no zone, and each caller says what stands in for it (UTC, the member's zone, nothing).
 */
public final class Zones {

    /** UTC by its name: stored and shown as "UTC", where {@link ZoneOffset#UTC} is "Z". */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private Zones() {
    }

    /** The zone, with the offset UTC ("Z") as the zone named UTC. */
    public static ZoneId byName(ZoneId zone) {
        return ZoneOffset.UTC.equals(zone) ? UTC : zone;
    }

    /**
     * A zone name a person typed or pasted, as a zone id to parse: spaces and characters that show nothing (a
     * zero-width space, a direction mark, picked up when copying) are left out, since no zone name has them, so that
     * "Europe/Paris" pasted with one is Europe/Paris rather than a message that quotes what looks like it.
     */
    public static String typed(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * The zone a person typed: its id as {@link #typed} cleans it ("Europe/Paris"), else the one zone whose id matches
     * it ignoring case ("europe/paris"), else the one whose place does ("paris", "new york" for America/New_York).
     *
     * @throws DateTimeException when no zone, or more than one place, matches
     */
    public static ZoneId ofTyped(String text) {
        String id = typed(text);
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            String place = text.strip().replaceAll("\\s+", "_");
            List<String> regions = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).toList();
            List<String> same = regions.stream().filter(z -> z.equalsIgnoreCase(id)).toList();
            List<String> found = same.isEmpty()
                    ? regions.stream().filter(z -> z.substring(z.lastIndexOf('/') + 1).equalsIgnoreCase(place)).toList()
                    : same;
            if (found.size() == 1) {
                return ZoneId.of(found.get(0));
            }
            throw e;
        }
    }

    public static Optional<ZoneId> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
