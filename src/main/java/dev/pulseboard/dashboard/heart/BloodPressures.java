package dev.pulseboard.dashboard.heart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.pulseboard.core.Zones;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.health.measure.DayPeriod;
import dev.pulseboard.health.measure.HomeSeries;
import dev.pulseboard.health.measure.Reading;

/** Pairs systolic and diastolic readings into blood pressures, and averages them by time of day. */
final class BloodPressures {

    private BloodPressures() {
    }

    /**
     * A systolic and a diastolic value of one measure group share its time; unpaired values are left out. A reading
     * gets its mark in {@code guideline} when {@code adults} says the member was old enough on its day (by the clock
     * where it was taken, or {@code otherwise} when it has no zone); before, none, but for a very high one
     * ({@link BpGuideline#veryHighAtAnyAge}).
     */
    static List<BloodPressureView> pair(List<Reading> systolic, List<Reading> diastolic, AdultCategories adults,
            ZoneId otherwise, BpGuideline guideline) {
        Map<Instant, Reading> byTime = new HashMap<>();
        diastolic.forEach(d -> byTime.put(d.time(), d));
        List<BloodPressureView> result = new ArrayList<>();
        for (Reading s : systolic) {
            Reading d = byTime.get(s.time());
            if (d != null) {
                double sys = s.value().doubleValue();
                double dia = d.value().doubleValue();
                LocalDate day = s.time().atZone(Zones.named(s.timeZone()).orElse(otherwise)).toLocalDate();
                boolean adult = adults.bloodPressure(day);
                result.add(new BloodPressureView(s.time(), sys, dia,
                        adult ? guideline.markOf(sys, dia) : guideline.veryHighAtAnyAge(sys, dia), s.timeZone(),
                        !adult));
            }
        }
        return result;
    }

    /**
     * The home averages: mornings, evenings, and both together, read by the home protocol as the doctor's report reads
     * them ({@link HomeSeries}, the one rule of both): each reading a morning or an evening by the clock where it was
     * taken (its own time zone, or {@code otherwise} when it has none), whatever zone the viewer reads dates in (a
     * morning in Paris stays a morning), the first day with readings left out unless {@code daysBefore} (the days of
     * readings before the range, on the same clocks) has the day before it: measuring went on into the range. The
     * threshold is read on the mean of both together when the series is enough for the protocol's verdict and runs a
     * month at most from its first day to {@code lastDay} (the range's; null: the latest reading's): five years of
     * mornings are no protocol week. Nor is it read when a reading it counts has no category (taken before the age
     * from which the adult threshold applies, {@link AdultCategories}).
     */
    static List<BpAverageView> homeAverages(List<BloodPressureView> readings, Set<LocalDate> daysBefore,
            ZoneId otherwise, LocalDate lastDay, BpGuideline guideline) {
        HomeSeries series = HomeSeries.of(readings.stream().map(r -> new HomeSeries.Entry(local(r, otherwise),
                (int) Math.round(r.systolic()), (int) Math.round(r.diastolic()))).toList(), lastDay, daysBefore);
        // As the report: a first day of measuring before the birthday is left out, and with it its readings' age.
        boolean young = readings.stream().anyMatch(r -> r.child()
                && series.counted(local(r, otherwise)));
        return List.of(new BpAverageView(DayPeriod.MORNING.label(), series.morning(), false, null, guideline),
                new BpAverageView(DayPeriod.EVENING.label(), series.evening(), false, null, guideline),
                new BpAverageView(BOTH, series.home(), series.judged(young), unjudged(series, young), guideline));
    }

    /** Why the threshold is not read on the morning and evening mean, when it is not; null: nothing to say. */
    private static String unjudged(HomeSeries series, boolean young) {
        if (!series.home().present()) {
            // Readings all of the range's first day leave no mean: say why, rather than a dash beside 0 readings.
            return series.firstDay() != null && series.daysCounted() == 0 ? "the first day of measuring is left out"
                    : null;
        }
        if (young) {
            return "readings before " + AdultCategories.BLOOD_PRESSURE_FROM + ": for information";
        }
        return series.overAMonth() ? "over a month: for information" : "too few readings: for information";
    }

    /** The days of these readings, each on the clock where it was taken ({@code otherwise} when it has no zone). */
    static Set<LocalDate> days(List<Reading> readings, ZoneId otherwise) {
        return readings.stream().map(r -> r.time().atZone(Zones.named(r.timeZone()).orElse(otherwise)).toLocalDate())
                .collect(Collectors.toSet());
    }

    private static LocalDateTime local(BloodPressureView reading, ZoneId otherwise) {
        return reading.time().atZone(Zones.named(reading.timeZone()).orElse(otherwise)).toLocalDateTime();
    }

    /** The label of the row of mornings and evenings together. */
    static final String BOTH = "Morning and evening";
}
