package dev.pulseboard.export.imports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.pulseboard.core.Zones;

/**
 * What is stored near the rows of one archive file, for telling which rows are already there. A synced item
 * (positive id) at the same instant, or at the same local time in the zone it was stored with, stands: the row is
 * already there, and its instant is the true one. An earlier import's item (negative id) is the row's own copy when
 * it is at the same local time in its zone: kept when at the same instant too (imported in the same zone), else
 * replaced (imported in another zone): the item joins {@link #replaced()} for the caller to delete as it writes the
 * row. An import's copy is never matched by its instant alone, which another row read in another zone can share.
 * Each copy serves one row. {@code what} tells apart what is stored at one time: a reading's type and value; nothing
 * for a night or workout.
 *
 * @param <T> what the caller needs to delete a replaced item
 */
final class AlreadyStored<T> {

    /** The most two zones put one local time apart (UTC-12 to UTC+14): the window to read around the rows. */
    static final Duration ZONE_SPREAD = Duration.ofHours(26);

    private final ZoneId zone;
    private final Set<String> syncedAtInstant = new HashSet<>();
    private final Set<String> syncedAtLocalTime = new HashSet<>();
    private final Map<String, List<Copy<T>>> importedAtLocalTime = new HashMap<>();
    private final List<T> replaced = new ArrayList<>();
    private final Set<Instant> moved = new HashSet<>();

    /** {@code zone}: the import's, standing in for the zone of a stored item that has none. */
    AlreadyStored(ZoneId zone) {
        this.zone = zone;
    }

    /** A stored item: {@code id} its group or Withings id, {@code timeZone} the zone it was stored with. */
    void add(T item, long id, Instant time, String timeZone, String what) {
        String local = local(time, timeZone, what);
        if (id > 0) {
            syncedAtInstant.add(time.getEpochSecond() + "|" + what);
            syncedAtLocalTime.add(local);
        } else {
            importedAtLocalTime.computeIfAbsent(local, k -> new ArrayList<>()).add(new Copy<>(item, time));
        }
    }

    /**
     * Whether a row's {@code what} at {@code time}, to be stored with {@code timeZone}, is already there. When it is
     * not, the earlier imports' copies of it (at the same local time, other instants) join {@link #replaced()}; when
     * an earlier import's copy at the same instant is there, other copies of it at the same local time (an earlier
     * release stored a row once per zone it was imported in) join them too.
     */
    boolean there(Instant time, String timeZone, String what) {
        String local = local(time, timeZone, what);
        if (syncedAtInstant.contains(time.getEpochSecond() + "|" + what) || syncedAtLocalTime.contains(local)) {
            return true;
        }
        List<Copy<T>> copies = importedAtLocalTime.getOrDefault(local, List.of());
        importedAtLocalTime.remove(local);
        boolean kept = copies.stream().anyMatch(c -> c.time.equals(time));
        copies.stream().filter(c -> !c.time.equals(time)).forEach(c -> replaced.add(c.item));
        if (!kept && !copies.isEmpty()) {
            moved.add(time);
        }
        return kept;
    }

    /** The items (a night or workout each, from its start, stored with its zone) that are not there yet. */
    <R> List<R> fresh(List<R> items, Function<R, Instant> start, Function<R, String> timeZone) {
        List<R> fresh = new ArrayList<>();
        for (R item : items) {
            if (!there(start.apply(item), timeZone.apply(item), "")) {
                fresh.add(item);
            }
        }
        return fresh;
    }

    /** The earlier imports' items that the rows replace. */
    List<T> replaced() {
        return replaced;
    }

    /** The report's note on the rows that replaced an earlier import's items, if any: {@code thing} names a row. */
    List<String> notes(String thing) {
        int n = moved.size();
        return n == 0 ? List.of() : List.of(n + " " + thing + (n == 1 ? "" : "s") + " imported earlier in another "
                + "time zone " + (n == 1 ? "was" : "were") + " moved to " + zone.getId());
    }

    /** The report of a file of {@code rows} nights or workouts ({@code thing}), {@code fresh} of them written. */
    FileReport report(String file, int rows, int fresh, String thing) {
        return new FileReport(file, fresh, rows - fresh, 0, notes(thing));
    }

    private String local(Instant time, String timeZone, String what) {
        return LocalDateTime.ofInstant(time, Zones.named(timeZone).orElse(zone)) + "|" + what;
    }

    private record Copy<T>(T item, Instant time) {
    }
}
