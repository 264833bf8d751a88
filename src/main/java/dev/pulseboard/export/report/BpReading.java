package dev.pulseboard.export.report;

import java.time.LocalDateTime;

import dev.pulseboard.health.measure.DayPeriod;
import dev.pulseboard.health.measure.HomeSeries;

/**
 * One home reading on the clock where it was taken, a morning, an evening or neither by {@link DayPeriod} (the Heart
 * page's rule too). {@code counted} is false for the first day of measuring, which the ESH protocol leaves out of the
 * averages. {@code zone} names the zone it was taken in when that is not the report's, else null. {@code afib}:
 * Withings' classification of the ECG the monitor recorded with this reading (a BPM Core; 0 no sign of atrial
 * fibrillation, 1 signs of it, 2 inconclusive), null when none was.
 */
public record BpReading(LocalDateTime time, int systolic, int diastolic, Integer pulse, boolean counted, String zone,
        Integer afib) {

    /** A reading with no ECG recorded with it. */
    public BpReading(LocalDateTime time, int systolic, int diastolic, Integer pulse, boolean counted, String zone) {
        this(time, systolic, diastolic, pulse, counted, zone, null);
    }

    /** A reading taken in the report's own zone, with no ECG. */
    public BpReading(LocalDateTime time, int systolic, int diastolic, Integer pulse, boolean counted) {
        this(time, systolic, diastolic, pulse, counted, null, null);
    }

    /**
     * What the ECG recorded with the reading said, for the doctor: "ECG: signs of AFib", "ECG: inconclusive", "ECG:
     * no sign of AFib"; empty without one. A cuff's reading is less reliable in atrial fibrillation.
     */
    public String rhythm() {
        if (afib == null) {
            return "";
        }
        return switch (afib) {
            case 0 -> "ECG: no sign of AFib";
            case 1 -> "ECG: signs of AFib";
            default -> "ECG: inconclusive";
        };
    }

    /** Whether the ECG recorded with it was not a clear "no sign": signs of atrial fibrillation, or inconclusive. */
    public boolean irregular() {
        return afib != null && afib != 0;
    }

    /** The reading as the home protocol's series takes it. */
    HomeSeries.Entry entry() {
        return new HomeSeries.Entry(time, systolic, diastolic);
    }

    public DayPeriod dayPeriod() {
        return DayPeriod.of(time.toLocalTime());
    }

    /** "morning", "evening", "other". */
    public String period() {
        return dayPeriod().word();
    }
}
