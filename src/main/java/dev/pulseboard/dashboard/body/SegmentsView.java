package dev.pulseboard.dashboard.body;

import java.util.List;

import dev.pulseboard.dashboard.chart.ChartView;

/**
 * Segmental composition (Body Scan): the latest reading per body part, left and right side by side, and a trend
 * chart per body part. Empty when the member has no segmental values.
 *
 * @param takenAt when the latest segmental reading was taken, as the viewer reads times
 * @param rows arms, legs and torso (the torso has no right side)
 * @param trends a chart per body part: each side's muscle and fat mass over the range
 */
public record SegmentsView(String takenAt, List<Row> rows, List<ChartView> trends) {

    public static final SegmentsView NONE = new SegmentsView("", List.of(), List.of());

    public boolean hasData() {
        return !rows.isEmpty();
    }

    /** One body part: its left side and its right side (null for the torso, which is one). */
    public record Row(String part, Cell left, Cell right) {
    }

    /** The values of one side of a body part. */
    public record Cell(String side, List<Bar> bars) {
    }

    /**
     * One value drawn as a bar: {@code percent} of the larger of the two sides for the same measure, so that left
     * and right compare at a glance; {@code cssClass} picks the measure's colour.
     */
    public record Bar(String measure, String text, int percent, String cssClass) {
    }
}
