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
    private final List<Night> nights;
    private final List<ActivityDay> days;
    private final List<Workout> workouts;
    private final List<Ecg> ecgs;
    private final GroupJsonCache groupJson = new GroupJsonCache();
    private volatile List<MeasureGroup> groups;

    UserData(Persona persona, List<MeasureGroup> groups) {
        this(persona, groups, List.of(), List.of(), List.of(), List.of());
    }

    /** Lists of nights, days, workouts and ECGs oldest first. */
    UserData(Persona persona, List<MeasureGroup> groups, List<Night> nights, List<ActivityDay> days,
            List<Workout> workouts, List<Ecg> ecgs) {
        this.persona = persona;
        this.groups = sorted(groups);
        this.nights = List.copyOf(nights);
        this.days = List.copyOf(days);
        this.workouts = workouts.stream().sorted(Comparator.comparingLong(Workout::start)).toList();
        this.ecgs = ecgs.stream().sorted(Comparator.comparingLong(Ecg::timestamp)).toList();
    }

    Persona persona() {
        return persona;
    }

    List<Night> nights() {
        return nights;
    }

    List<ActivityDay> days() {
        return days;
    }

    List<Workout> workouts() {
        return workouts;
    }

    List<Ecg> ecgs() {
        return ecgs;
    }

    GroupJsonCache groupJson() {
        return groupJson;
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
