package dev.pulseboard.emulator.persona;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.pulseboard.emulator.data.ActivityDay;
import dev.pulseboard.emulator.data.Ecg;
import dev.pulseboard.emulator.data.MeasureGroup;
import dev.pulseboard.emulator.data.Night;
import dev.pulseboard.emulator.data.Workout;

/**
 * Everything a user has, past and "future" (generated ahead of the clock), as immutable lists: measure groups newest
 * first (the two halves of a duplicated grpid next to each other), nights, days, workouts and ECGs oldest first.
 * Changes make a new history.
 *
 * @param until the last local day generated
 */
record History(List<MeasureGroup> groups, List<Night> nights, List<ActivityDay> days, List<Workout> workouts,
        List<Ecg> ecgs, LocalDate until) {

    static final Comparator<MeasureGroup> NEWEST_FIRST = Comparator.comparingLong(MeasureGroup::date).reversed()
            .thenComparingLong(MeasureGroup::grpid).thenComparingInt(MeasureGroup::attrib);

    History {
        groups = groups.stream().sorted(NEWEST_FIRST).toList();
        nights = sorted(nights, Night::start);
        days = sorted(days, d -> d.date().toEpochDay());
        workouts = sorted(workouts, Workout::start);
        ecgs = sorted(ecgs, Ecg::timestamp);
    }

    private static <T> List<T> sorted(List<T> items, Function<T, Long> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    /** This history plus the days of {@code longer} (the same persona over a longer span) past {@link #until}. */
    History extendedBy(History longer, ZoneId zone) {
        Predicate<Long> later = epoch -> Instant.ofEpochSecond(epoch).atZone(zone).toLocalDate().isAfter(until);
        return new History(concat(groups, longer.groups, g -> later.test(g.date())),
                concat(nights, longer.nights, n -> n.date().isAfter(until)),
                concat(days, longer.days, d -> d.date().isAfter(until)),
                concat(workouts, longer.workouts, w -> w.date().isAfter(until)),
                concat(ecgs, longer.ecgs, e -> later.test(e.timestamp())), longer.until);
    }

    private static <T> List<T> concat(List<T> mine, List<T> theirs, Predicate<T> newer) {
        return Stream.concat(mine.stream(), theirs.stream().filter(newer)).toList();
    }

    History withGroup(MeasureGroup group) {
        return new History(plus(groups, group), nights, days, workouts, ecgs, until);
    }

    History withoutGroups(Predicate<MeasureGroup> which) {
        return new History(groups.stream().filter(which.negate()).toList(), nights, days, workouts, ecgs, until);
    }

    /** With this night instead of any other night that ended on the same day (one summary per night). */
    History withNight(Night night) {
        return new History(groups, plus(nights.stream().filter(n -> !n.date().equals(night.date())).toList(), night),
                days, workouts, ecgs, until);
    }

    /** With this day instead of the recorded one of the same date. */
    History withDay(ActivityDay day) {
        return new History(groups, nights, plus(days.stream().filter(d -> !d.date().equals(day.date())).toList(), day),
                workouts, ecgs, until);
    }

    History withWorkout(Workout workout) {
        return new History(groups, nights, days, plus(workouts, workout), ecgs, until);
    }

    History withEcg(Ecg ecg) {
        return new History(groups, nights, days, workouts, plus(ecgs, ecg), until);
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }
}
