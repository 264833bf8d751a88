package dev.pulseboard.export.report;

import java.util.List;

/** The mean of a set of readings, rounded to whole mmHg, with how many readings it holds (0: no mean). */
public record BpAverage(int systolic, int diastolic, int count) {

    static BpAverage of(List<BpReading> readings) {
        if (readings.isEmpty()) {
            return new BpAverage(0, 0, 0);
        }
        double s = readings.stream().mapToInt(BpReading::systolic).average().orElse(0);
        double d = readings.stream().mapToInt(BpReading::diastolic).average().orElse(0);
        return new BpAverage((int) Math.round(s), (int) Math.round(d), readings.size());
    }

    public boolean present() {
        return count > 0;
    }

    /** At or above the ESH 2023 home threshold (135 systolic or 85 diastolic). */
    public boolean atOrAboveThreshold() {
        return present() && (systolic >= BpReport.THRESHOLD_SYSTOLIC || diastolic >= BpReport.THRESHOLD_DIASTOLIC);
    }

    public String text() {
        return present() ? systolic + "/" + diastolic + " mmHg" : "–";
    }
}
