package dev.pulseboard.dashboard.body;

import java.util.List;

import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.chart.ReadingRowView;
import dev.pulseboard.dashboard.chart.TableRows;

/**
 * The Body section: latest figures, the weight, body-fat and composition charts of the range, and the range's
 * last weigh-ins as a table (with how many the range holds), the segmental composition and the feet's nerve health
 * (Body Scan), and where the weight goal line comes from.
 */
public record BodyView(List<MetricView> tiles, ChartView weight, ChartView fat, ChartView composition,
        ChartView temperature, NerveHealthView nerveHealth, List<ReadingRowView> latestWeighIns,
        TableRows.Count weighInCount, SegmentsView segments, String weightGoalNote) {

    /** Whether the BMI tile is a child's, with no adult category (the page says why). */
    public boolean childBmi() {
        return Bmi.child(tiles);
    }

    public boolean hasData() {
        return weight.hasData() || fat.hasData() || composition.hasData() || temperature.hasData()
                || nerveHealth.hasData() || segments.hasData();
    }
}
