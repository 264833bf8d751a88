package dev.pulseboard.core;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Time-zone names as Withings, a file or the database give them ("Europe/Paris"): a blank, missing or unknown name
 * is no zone, and each caller says what stands in for it (UTC, the member's zone, nothing).
 */
public final class Zones {

    private Zones() {
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
