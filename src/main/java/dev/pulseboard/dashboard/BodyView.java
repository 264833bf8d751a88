package dev.pulseboard.dashboard;

import java.util.List;

/**
 * The Body section: latest figures, the weight, body-fat and composition charts of the range, and the range's
 * last weigh-ins as a table.
 */
public record BodyView(List<MetricView> tiles, ChartView weight, ChartView fat, ChartView composition,
        ChartView temperature, List<ReadingRowView> latestWeighIns) {

    public boolean hasData() {
        return weight.hasData() || fat.hasData() || composition.hasData() || temperature.hasData();
    }
}
