package dev.pulseboard.dashboard.ecg;

import java.util.List;
import java.util.stream.IntStream;

import dev.pulseboard.dashboard.chart.TableRows;
import dev.pulseboard.health.measure.AdultCategories;

/**
 * The ECG section: the recordings in the range with Withings' atrial-fibrillation classification, the strip shown
 * on paper (null when none is stored), and why a requested strip could not be shown, if it could not. The list shows
 * the newest {@code limit} (a selected older one stays in view too); {@code count} says so under it, with the link to
 * every one ({@code ?rows=all}) or back, as the other sections' tables; null when it shows them all anyway.
 */
public record EcgView(List<Recording> recordings, Strip strip, String message, int limit, TableRows.Count count) {

    /** The newest recordings the list shows by default. */
    static final int SHOWN = 30;

    public boolean hasData() {
        return !recordings.isEmpty();
    }

    /** The age from which Withings' ECG classification is meant to be read. */
    public int classifiedFrom() {
        return AdultCategories.ECG_FROM;
    }

    /** Whether a recording of the range was made before the age Withings' ECG classification is meant for. */
    public boolean young() {
        return recordings.stream().anyMatch(Recording::young);
    }

    public List<Recording> shown() {
        return IntStream.range(0, recordings.size())
                .filter(i -> i < limit || recordings.get(i).selected()).mapToObj(recordings::get).toList();
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

    /** One recording of the list; {@code young}: made before the age Withings' classification is meant for. */
    public record Recording(long signalId, String time, String classification, Integer heartRate,
            boolean hasSignal, boolean selected, boolean young) {
    }

    /** The recording drawn on paper, and the intervals the device measured with it ("PR 158 ms"), if any. */
    public record Strip(long signalId, String time, String classification, Integer heartRate, EcgStripView paper,
            List<String> intervals, boolean young) {
    }
}
