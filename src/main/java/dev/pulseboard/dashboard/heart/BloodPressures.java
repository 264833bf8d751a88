package dev.pulseboard.dashboard.heart;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.pulseboard.core.Zones;
import dev.pulseboard.health.measure.DayPeriod;
import dev.pulseboard.health.measure.HomeMean;
import dev.pulseboard.health.measure.Reading;

/** Pairs systolic and diastolic readings into blood pressures, and averages them by time of day. */
final class BloodPressures {

    private BloodPressures() {
    }

    /** A systolic and a diastolic value of one measure group share its time; unpaired values are left out. */
    static List<BloodPressureView> pair(List<Reading> systolic, List<Reading> diastolic) {
        Map<Instant, Reading> byTime = new HashMap<>();
        diastolic.forEach(d -> byTime.put(d.time(), d));
        List<BloodPressureView> result = new ArrayList<>();
        for (Reading s : systolic) {
            Reading d = byTime.get(s.time());
            if (d != null) {
                double sys = s.value().doubleValue();
                double dia = d.value().doubleValue();
                result.add(new BloodPressureView(s.time(), sys, dia, BpCategory.of(sys, dia), s.timeZone()));
            }
        }
        return result;
    }

    /**
     * The home averages by {@link DayPeriod}, each reading by the clock where it was taken (its own time zone, or
     * {@code otherwise} when it has none), whatever zone the viewer reads dates in: a morning in Paris stays a morning.
     */
    static List<BpAverageView> morningAndEvening(List<BloodPressureView> readings, ZoneId otherwise) {
        return List.of(average(DayPeriod.MORNING, readings, otherwise), average(DayPeriod.EVENING, readings,
                otherwise));
    }

    private static BpAverageView average(DayPeriod period, List<BloodPressureView> readings, ZoneId otherwise) {
        long sys = 0;
        long dia = 0;
        int n = 0;
        for (BloodPressureView r : readings) {
            ZoneId zone = Zones.named(r.timeZone()).orElse(otherwise);
            if (DayPeriod.of(r.time().atZone(zone).toLocalTime()) == period) {
                sys += Math.round(r.systolic());
                dia += Math.round(r.diastolic());
                n++;
            }
        }
        return new BpAverageView(period.label(), HomeMean.of(n, sys, dia));
    }
}
