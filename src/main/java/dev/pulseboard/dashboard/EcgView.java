package dev.pulseboard.dashboard;

import java.util.List;

/** The ECG section: the recordings in the range with Withings' atrial-fibrillation classification. */
public record EcgView(List<Recording> recordings) {

    public boolean hasData() {
        return !recordings.isEmpty();
    }

    static String afib(Integer code) {
        if (code == null) {
            return "No classification";
        }
        return switch (code) {
            case 0 -> "No sign of atrial fibrillation";
            case 1 -> "Signs of atrial fibrillation";
            case 2 -> "Inconclusive";
            default -> "Classification " + code;
        };
    }

    /** One recording; the strip's samples are served by the API. */
    public record Recording(long signalId, String time, String classification, Integer heartRate,
            boolean hasSignal) {
    }
}
