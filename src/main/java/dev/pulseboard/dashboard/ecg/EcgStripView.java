package dev.pulseboard.dashboard.ecg;

import java.util.List;

/**
 * An ECG strip laid out on paper (all lengths in mm): the paper's size, each row's top, baseline, start second and
 * trace (SVG polyline points), and how many samples and seconds the strip has.
 */
public record EcgStripView(double widthMm, double heightMm, double rowHeightMm, int samples, double seconds,
        int hz, List<Row> rows) {

    public String viewBox() {
        return "0 0 " + widthMm + " " + heightMm;
    }

    public double minorMm() {
        return EcgPaper.MINOR_MM;
    }

    public double majorMm() {
        return EcgPaper.MAJOR_MM;
    }

    /** The 1 mV calibration pulse at the start of a row: 10 mm tall, 5 mm (0.2 s) wide. */
    public String calibration(Row row) {
        double y = row.baselineMm();
        double top = y - EcgPaper.MM_PER_MILLIVOLT;
        return "M1 " + y + " H2.5 V" + top + " H7.5 V" + y + " H9";
    }

    /** One row of the strip. */
    public record Row(double topMm, double baselineMm, int startSecond, String points, int samples) {
    }
}
