package dev.pulseboard.health.recording;

import java.time.Instant;

/**
 * One ECG recording: when, Withings' AFib classification (0 negative, 1 positive, 2 inconclusive), heart rate,
 * blood pressure when the device measured it, and the strip ({@code microvolts} at {@code samplingFrequency} Hz;
 * empty when not fetched yet).
 */
public record EcgStrip(long signalId, Instant time, Integer afib, Integer heartRate, Integer systole,
        Integer diastole, Integer model, String deviceId, Integer samplingFrequency, Integer wearPosition,
        int[] microvolts) {

    public boolean hasSignal() {
        return microvolts != null && microvolts.length > 0;
    }
}
