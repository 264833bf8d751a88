package dev.pulseboard.emulator.data;

import java.time.LocalDate;

/**
 * One night of a persona, stored compactly as its hypnogram (state and duration of each segment); every summary
 * figure is derived from it, so getsummary and sleep get always agree. {@code date} is the local day the night ended.
 *
 * @param states    sleep state per segment: 0 awake, 1 light, 2 deep, 3 REM
 * @param durations seconds per segment
 */
public record Night(long id, LocalDate date, long start, Device device, byte[] states, int[] durations, int hrAverage,
        int hrMin, int hrMax, int rrAverage, int rrMin, int rrMax, int snoring, int breathingDisturbances,
        long created) {

    public static final int AWAKE = 0;
    public static final int LIGHT = 1;
    public static final int DEEP = 2;
    public static final int REM = 3;

    /** The same night dated {@code endedOn} and uploaded at {@code uploadedAt}. */
    public Night recorded(LocalDate endedOn, long uploadedAt) {
        return new Night(id, endedOn, start, device, states, durations, hrAverage, hrMin, hrMax, rrAverage, rrMin,
                rrMax, snoring, breathingDisturbances, uploadedAt);
    }

    public long end() {
        return start + timeInBed();
    }

    public int timeInBed() {
        int total = 0;
        for (int d : durations) {
            total += d;
        }
        return total;
    }

    public int seconds(int state) {
        int total = 0;
        for (int i = 0; i < states.length; i++) {
            if (states[i] == state) {
                total += durations[i];
            }
        }
        return total;
    }

    public int sleepTime() {
        return timeInBed() - seconds(AWAKE);
    }

    /** Seconds awake before the first sleep segment. */
    public int latency() {
        return states[0] == AWAKE ? durations[0] : 0;
    }

    /** Seconds awake after the last sleep segment. */
    public int wakeupLatency() {
        return states[states.length - 1] == AWAKE ? durations[durations.length - 1] : 0;
    }

    /** Awakenings between the first and last sleep segment. */
    public int wakeupCount() {
        int count = 0;
        for (int i = 1; i < states.length - 1; i++) {
            if (states[i] == AWAKE) {
                count++;
            }
        }
        return count;
    }

    public int remEpisodes() {
        int count = 0;
        for (byte s : states) {
            if (s == REM) {
                count++;
            }
        }
        return count;
    }

    public double hoursAsleep() {
        return sleepTime() / 3600.0;
    }

    /** A 0-100 score that rewards duration, efficiency and deep sleep, like Withings' sleep score. */
    public int score() {
        double efficiency = (double) sleepTime() / timeInBed();
        // About 80 for 7.5 h asleep at 88 % efficiency with 18 % deep sleep; 8 points an hour more or less.
        double value = 80 + 8 * (Math.min(hoursAsleep(), 9) - 7.5) + 100 * (efficiency - 0.88)
                + 50 * ((double) seconds(DEEP) / Math.max(1, sleepTime()) - 0.18);
        return (int) Math.max(20, Math.min(98, Math.round(value)));
    }

    public boolean monitor() {
        return device.modelId() == Device.SLEEP_ANALYZER;
    }
}
