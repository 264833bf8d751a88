package dev.pulseboard.dashboard.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * A bar chart with one bar (or one stack) a day, as the page script draws it:
 * {@code {"kind": "stacked", "y", "categories": [day...], "series": [{"name", "color", "data": [...]}],
 * "labels": [...], "goal": {"value", "label"}}}.
 */
public final class DailyBars {

    private final String id;
    private final String description;
    private final String axis;
    private final List<LocalDate> days;
    private final List<Map<String, Object>> series = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public DailyBars(String id, String description, String axis, List<LocalDate> days) {
        this.id = id;
        this.description = description;
        this.axis = axis;
        this.days = days;
    }

    public DailyBars series(String name, String color, List<? extends Number> values) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", name);
        one.put("color", color);
        one.put("data", values);
        series.add(one);
        return this;
    }

    /** A text on top of each bar, such as the night's score. */
    public DailyBars labels(String name, List<String> labels) {
        extra.put("labelName", name);
        extra.put("labels", labels);
        return this;
    }

    /** A horizontal goal line. */
    public DailyBars goal(double value, String label) {
        extra.put("goal", Map.of("value", value, "label", label));
        return this;
    }

    public ChartView view(Charts charts) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "stacked");
        spec.put("y", axis);
        spec.put("categories", days.stream().map(LocalDate::toString).toList());
        spec.put("series", series);
        spec.putAll(extra);
        return new ChartView(id, description, charts.json(spec), days.size(), days.size());
    }
}
