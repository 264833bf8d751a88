package dev.pulseboard.dashboard.body;

import java.util.List;

import dev.pulseboard.dashboard.chart.ChartView;

/**
 * A Body Scan's nerve-health assessments of the feet in the range: the score and the electrodermal activity as charts
 * and, an assessment a row (newest first), as a table, since they come weeks apart; {@code latest} names the date of
 * the member's latest assessment (null when there is none), for a range that holds none.
 */
public record NerveHealthView(ChartView score, ChartView activity, List<Row> rows, String latest) {

    /** What a page that shows no nerve health (the landing page) holds: no charts, no rows. */
    public static final NerveHealthView NONE = new NerveHealthView(null, null, List.of(), null);

    /** One assessment: when, and the score and the electrodermal activity of both feet, the left and the right. */
    public record Row(String when, String score, String scoreLeft, String scoreRight, String activity,
            String activityLeft, String activityRight) {
    }

    public boolean hasData() {
        return !rows.isEmpty();
    }
}
