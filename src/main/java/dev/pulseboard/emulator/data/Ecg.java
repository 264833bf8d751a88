package dev.pulseboard.emulator.data;

/**
 * An ECG recording: BPM Core (500 Hz for 20 s, with blood pressure) or ScanWatch (300 Hz for 30 s).
 *
 * @param afib 0 negative, 1 positive, 2 inconclusive
 */
public record Ecg(long signalId, long timestamp, Device device, int afib, int heartRate, Integer systole, Integer diastole,
        long modified) {

    public int samplingFrequency() {
        return device.modelId() == Device.BPM_CORE ? 500 : 300;
    }

    public int seconds() {
        return device.modelId() == Device.BPM_CORE ? 20 : 30;
    }

    /** Withings' wear position: 2 right arm for the cuff, 1 left wrist for the watch. */
    public int wearPosition() {
        return device.modelId() == Device.BPM_CORE ? 2 : 1;
    }
}
