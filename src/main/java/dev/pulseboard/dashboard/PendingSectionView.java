package dev.pulseboard.dashboard;

/**
 * A section whose data Pulseboard does not store yet (sleep, activity, ECG, devices): the page says so plainly
 * instead of showing empty charts.
 */
public record PendingSectionView(String title, String what) {

    static PendingSectionView of(String section) {
        return switch (section) {
            case "sleep" -> new PendingSectionView("Sleep",
                    "nights, sleep stages, sleep score, heart and breathing rate during sleep");
            case "activity" -> new PendingSectionView("Activity", "daily steps, distance, elevation and calories");
            case "ecg" -> new PendingSectionView("ECG", "ECG recordings and their atrial-fibrillation classification");
            default -> new PendingSectionView("Devices", "the member's Withings devices, their battery and last sync");
        };
    }
}
