package dev.pulseboard.dashboard;

import java.util.List;

/** The Heart section: latest blood pressure and its category, averages, and the charts of the range. */
public record HeartView(BloodPressureView latest, List<MetricView> tiles, List<BpAverageView> averages,
        ChartView bloodPressure, ChartView pulse, ChartView spo2, ChartView pulseWaveVelocity,
        List<ReadingRowView> latestBloodPressures) {

    public String guideline() {
        return BpCategory.GUIDELINE;
    }

    public List<BpCategory> categories() {
        return List.of(BpCategory.values());
    }

    public boolean hasData() {
        return latest != null || !tiles.isEmpty();
    }
}
