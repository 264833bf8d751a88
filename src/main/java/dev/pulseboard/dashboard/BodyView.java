package dev.pulseboard.dashboard;

import java.util.List;

/** The Body section: latest figures, and the weight, body-fat and composition charts of the range. */
public record BodyView(List<MetricView> tiles, ChartView weight, ChartView fat, ChartView composition) {

    public boolean hasData() {
        return weight.hasData() || fat.hasData() || composition.hasData();
    }
}
