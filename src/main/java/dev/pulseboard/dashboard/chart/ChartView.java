package dev.pulseboard.dashboard.chart;

/**
 * One chart of a section: its element id, its accessible description, the JSON the page script draws
 * ({@code {"y": axis name, "series": [{"name", "color", "dashed", "data": [[ms, value], ...]}], "bands": [...]}}),
 * how many readings its first series has in the range, and how many of them are drawn (after downsampling).
 */
public record ChartView(String id, String description, String json, int readings, int drawn) {

    public boolean hasData() {
        return readings > 0;
    }
}
