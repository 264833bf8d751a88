package dev.pulseboard.dashboard.heart;

import java.util.List;

import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.chart.ReadingRowView;
import dev.pulseboard.dashboard.chart.TableRows;
import dev.pulseboard.health.measure.BpGuideline;

/**
 * The Heart section: latest blood pressure and its category, averages, and the charts of the range; {@code young}:
 * a blood pressure of the range, or the latest, was taken before the age the adult categories start at.
 */
public record HeartView(BloodPressureView latest, List<MetricView> tiles, List<BpAverageView> averages,
        ChartView bloodPressure, ChartView pulse, ChartView spo2, ChartView pulseWaveVelocity,
        List<ReadingRowView> latestBloodPressures, TableRows.Count bloodPressureCount, boolean young,
        BpGuideline guideline) {

    public List<BpGuideline.Mark> categories() {
        return guideline.marks();
    }

    public boolean esh() {
        return guideline == BpGuideline.ESH_2023;
    }

    public boolean hasData() {
        return latest != null || !tiles.isEmpty();
    }
}
