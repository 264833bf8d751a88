package dev.pulseboard.dashboard.heart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.pulseboard.core.Zones;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.DayPeriod;
import dev.pulseboard.health.measure.HomeMean;
import dev.pulseboard.health.measure.Reading;

/** Pairs systolic and diastolic readings into blood pressures, and averages them by time of day. */
final class BloodPressures {

    private BloodPressures() {
    }

    /**
     * A systolic and a diastolic value of one measure group share its time; unpaired values are left out. A reading
     * gets its ESH category when {@code adults} says the member was old enough on its day (by the clock where it was
     * taken, or {@code otherwise} when it has no zone), none before.
     */
    static List<BloodPressureView> pair(List<Reading> systolic, List<Reading> diastolic, AdultCategories adults,
            ZoneId otherwise) {
        Map<Instant, Reading> byTime = new HashMap<>();
        diastolic.forEach(d -> byTime.put(d.time(), d));
        List<BloodPressureView> result = new ArrayList<>();
        for (Reading s : systolic) {
            Reading d = byTime.get(s.time());
            if (d != null) {
                double sys = s.value().doubleValue();
                double dia = d.value().doubleValue();
                LocalDate day = s.time().atZone(Zones.named(s.timeZone()).orElse(otherwise)).toLocalDate();
                result.add(new BloodPressureView(s.time(), sys, dia,
                        adults.bloodPressure(day) ? BpCategory.of(sys, dia) : null, s.timeZone()));
            }
        }
        return result;
    }

    /**
     * The home averages: mornings, evenings, and both together, each reading a morning or an evening by the clock
     * where it was taken (its own time zone, or {@code otherwise} when it has none), whatever zone the viewer reads
     * dates in: a morning in Paris stays a morning. The threshold is read on the mean of both together, as the
     * doctor's report reads it, and only when the series runs a month at most from its first day with a reading to
     * {@code lastDay} (the range's; null: the latest reading's), the report's rule ({@link HomeMean#withinVerdictDays}):
     * five years of mornings are no protocol week. Nor is it read when a reading of the range has no category (taken
     * before the age from which the adult threshold applies, {@link AdultCategories}).
     */
    static List<BpAverageView> homeAverages(List<BloodPressureView> readings, ZoneId otherwise, LocalDate lastDay) {
        List<LocalDate> days = readings.stream().map(r -> r.time().atZone(Zones.named(r.timeZone()).orElse(otherwise))
                .toLocalDate()).sorted().toList();
        boolean young = readings.stream().anyMatch(r -> r.category() == null);
        boolean judged = !days.isEmpty() && !young && HomeMean.withinVerdictDays(days.get(0),
                lastDay != null ? lastDay : days.get(days.size() - 1));
        return List.of(average(DayPeriod.MORNING.label(), readings, otherwise, Set.of(DayPeriod.MORNING), false, young),
                average(DayPeriod.EVENING.label(), readings, otherwise, Set.of(DayPeriod.EVENING), false, young),
                average(BOTH, readings, otherwise, Set.of(DayPeriod.MORNING, DayPeriod.EVENING), judged, young));
    }

    /** The label of the row of mornings and evenings together. */
    static final String BOTH = "Morning and evening";

    private static BpAverageView average(String label, List<BloodPressureView> readings, ZoneId otherwise,
            Set<DayPeriod> periods, boolean judged, boolean young) {
        long sys = 0;
        long dia = 0;
        int n = 0;
        for (BloodPressureView r : readings) {
            ZoneId zone = Zones.named(r.timeZone()).orElse(otherwise);
            if (periods.contains(DayPeriod.of(r.time().atZone(zone).toLocalTime()))) {
                sys += Math.round(r.systolic());
                dia += Math.round(r.diastolic());
                n++;
            }
        }
        return new BpAverageView(label, HomeMean.of(n, sys, dia), judged, young);
    }
}
