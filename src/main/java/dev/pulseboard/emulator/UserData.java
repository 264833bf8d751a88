package dev.pulseboard.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * One persona's data as the emulator serves it. Reads see an immutable snapshot; writes (admin readings, deletions)
 * replace it, so concurrent getmeas calls never see a half-written list.
 */
final class UserData {

    /** Newest first; the two halves of a duplicated grpid stay next to each other. */
    static final Comparator<MeasureGroup> NEWEST_FIRST = Comparator.comparingLong(MeasureGroup::date).reversed()
            .thenComparingLong(MeasureGroup::grpid).thenComparingInt(MeasureGroup::attrib);

    private final Persona persona;
    private volatile List<MeasureGroup> groups;

    UserData(Persona persona, List<MeasureGroup> groups) {
        this.persona = persona;
        this.groups = sorted(groups);
    }

    Persona persona() {
        return persona;
    }

    List<MeasureGroup> groups() {
        return groups;
    }

    synchronized void add(MeasureGroup group) {
        List<MeasureGroup> copy = new ArrayList<>(groups);
        copy.add(group);
        groups = sorted(copy);
    }

    /** Removes the matching groups without a trace (Withings has no tombstones); returns how many went. */
    synchronized int remove(Predicate<MeasureGroup> which) {
        List<MeasureGroup> copy = new ArrayList<>(groups);
        int before = copy.size();
        copy.removeIf(which);
        groups = List.copyOf(copy);
        return before - copy.size();
    }

    long lastGrpid() {
        return groups.stream().mapToLong(MeasureGroup::grpid).max().orElse(3_000_000_000L + persona.seed() * 1_000_000L);
    }

    private static List<MeasureGroup> sorted(List<MeasureGroup> groups) {
        return groups.stream().sorted(NEWEST_FIRST).toList();
    }
}
