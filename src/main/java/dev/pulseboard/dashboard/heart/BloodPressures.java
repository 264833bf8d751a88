package dev.pulseboard.dashboard.heart;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                result.add(new BloodPressureView(s.time(), sys, dia, BpCategory.of(sys, dia)));
            }
        }
        return result;
    }

    /** Morning: 04:00 to 11:59; evening: 18:00 to 23:59, in the viewer's time zone (ESH home monitoring). */
    static List<BpAverageView> morningAndEvening(List<BloodPressureView> readings, ZoneId zone) {
        return List.of(average("Morning (4:00\u201312:00)", readings, zone, LocalTime.of(4, 0), LocalTime.NOON),
                average("Evening (18:00\u201324:00)", readings, zone, LocalTime.of(18, 0), LocalTime.MAX));
    }

    private static BpAverageView average(String label, List<BloodPressureView> readings, ZoneId zone,
            LocalTime from, LocalTime to) {
        double sys = 0;
        double dia = 0;
        int n = 0;
        for (BloodPressureView r : readings) {
            LocalTime t = r.time().atZone(zone).toLocalTime();
            if (!t.isBefore(from) && t.isBefore(to)) {
                sys += r.systolic();
                dia += r.diastolic();
                n++;
            }
        }
        return new BpAverageView(label, n, n == 0 ? 0 : sys / n, n == 0 ? 0 : dia / n);
    }
}
