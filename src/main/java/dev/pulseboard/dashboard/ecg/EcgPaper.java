package dev.pulseboard.dashboard.ecg;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays an ECG strip out on ECG paper, in millimetres: 25 mm a second, 10 mm a millivolt, 1 mm minor and 5 mm major
 * squares, rows of 10 seconds (250 mm) each preceded by a 1 mV calibration pulse. The page draws it as an SVG whose
 * size is given in millimetres, so its aspect is right at any width (a phone scrolls it sideways).
 */
public final class EcgPaper {

    static final double MM_PER_SECOND = 25;
    static final double MM_PER_MILLIVOLT = 10;
    static final double MINOR_MM = 1;
    static final double MAJOR_MM = 5;
    static final int SECONDS_PER_ROW = 10;
    /** Room before each row's trace for the calibration pulse (two large squares). */
    public static final double MARGIN_MM = 10;
    static final double ROW_MIN_MM = 25;
    static final double ROW_MAX_MM = 60;

    private EcgPaper() {
    }

    /** The strip of {@code microvolts} sampled at {@code hz}, laid out on paper. */
    static EcgStripView layout(int[] microvolts, int hz) {
        if (hz <= 0) {
            throw new IllegalArgumentException("sampling frequency must be positive: " + hz);
        }
        int perRow = SECONDS_PER_ROW * hz;
        int rows = Math.max(1, (microvolts.length + perRow - 1) / perRow);
        int min = 0;
        int max = 0;
        for (int v : microvolts) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        // Room above and below the baseline, in whole large squares, with at least half a square to spare.
        double above = roundUp(max / 1000.0 * MM_PER_MILLIVOLT + MAJOR_MM / 2);
        double below = roundUp(-min / 1000.0 * MM_PER_MILLIVOLT + MAJOR_MM / 2);
        above = Math.max(above, MM_PER_MILLIVOLT + MAJOR_MM); // the calibration pulse is 1 mV tall
        double rowHeight = Math.min(ROW_MAX_MM, Math.max(ROW_MIN_MM, above + below));
        double baseline = Math.min(above, rowHeight - MAJOR_MM);
        List<EcgStripView.Row> result = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double top = r * rowHeight;
            StringBuilder points = new StringBuilder();
            int first = r * perRow;
            int last = Math.min(microvolts.length, first + perRow);
            for (int i = first; i < last; i++) {
                double x = x(i - first, hz);
                double y = clamp(top + baseline - microvolts[i] / 1000.0 * MM_PER_MILLIVOLT, top, top + rowHeight);
                points.append(round(x)).append(',').append(round(y)).append(' ');
            }
            result.add(new EcgStripView.Row(top, top + baseline, r * SECONDS_PER_ROW, points.toString().strip(),
                    last - first));
        }
        return new EcgStripView(MARGIN_MM + SECONDS_PER_ROW * MM_PER_SECOND, rows * rowHeight, rowHeight,
                microvolts.length, microvolts.length / (double) hz, hz, result);
    }

    /** Where sample {@code index} of a row lies across the paper, in mm from the left edge. */
    static double x(int index, int hz) {
        return MARGIN_MM + index * MM_PER_SECOND / hz;
    }

    private static double roundUp(double mm) {
        return Math.ceil(mm / MAJOR_MM) * MAJOR_MM;
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    private static double round(double mm) {
        return Math.round(mm * 100) / 100.0;
    }
}
