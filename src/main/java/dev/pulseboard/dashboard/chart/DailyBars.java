package dev.pulseboard.dashboard.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * A bar chart with one bar (or one stack) a day, a missing day an empty slot (a night not slept in the bed shows as
 * a gap, not as the next night moved up), as the page script draws it:
 * {@code {"kind": "stacked", "y", "categories": [day...], "series": [{"name", "color", "data": [...]}],
 * "labels": [...], "goal": {"value", "label"}, "unit", "decimals", "hours"}}.
 */
public final class DailyBars {

    private final String id;
    private final String description;
    private final String axis;
    private final List<LocalDate> days;
    private final List<Map<String, Object>> series = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private LocalDate first;
    private LocalDate last;

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

    /**
     * One slot for every day of the range, empty where a day has no data, as the page's other charts span it (the
     * whole history spans the days with data).
     */
    public DailyBars within(RangeView range) {
        this.first = range.firstDay();
        this.last = range.lastDay();
        return this;
    }

    /** The values' unit and decimals, which the tooltips give each value with ("4.7 km", "5.0 km"). */
    public DailyBars unit(String unit, int decimals) {
        extra.put("unit", unit);
        extra.put("decimals", decimals);
        return this;
    }

    /** Values in hours, which the tooltips write in hours and minutes ("1 h 17"), as the page's tables do. */
    public DailyBars inHours() {
        extra.put("hours", true);
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
        // The slot of each day, with empty slots for the days missing between two (the days come oldest first) and,
        // within a range, before the first and after the last.
        List<String> categories = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        if (!days.isEmpty()) {
            Map<LocalDate, Integer> index = new HashMap<>();
            for (int i = 0; i < days.size(); i++) {
                index.put(days.get(i), i);
            }
            LocalDate start = first != null && first.isBefore(days.get(0)) ? first : days.get(0);
            LocalDate end = last != null && last.isAfter(days.get(days.size() - 1)) ? last : days.get(days.size() - 1);
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                categories.add(d.toString());
                source.add(index.getOrDefault(d, -1));
            }
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "stacked");
        spec.put("y", axis);
        spec.put("categories", categories);
        spec.put("series", series.stream().map(one -> {
            Map<String, Object> slotted = new LinkedHashMap<>(one);
            slotted.put("data", slots((List<?>) one.get("data"), source, null));
            return slotted;
        }).toList());
        extra.forEach((key, value) -> spec.put(key, key.equals("labels") ? slots((List<?>) value, source, "") : value));
        return new ChartView(id, description, charts.json(spec), days.size(), days.size(), summary());
    }

    /**
     * Each series' lowest, highest and latest day, in the tooltips' unit, for a screen reader: what the eye sees
     * ("Steps: lowest 2034, highest 15872, latest 8120"; "Deep: lowest 0 h 48, highest 1 h 55, latest 1 h 17").
     */
    private String summary() {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> one : series) {
            List<Double> values = ((List<?>) one.get("data")).stream().filter(Number.class::isInstance)
                    .map(v -> ((Number) v).doubleValue()).toList();
            if (!values.isEmpty()) {
                parts.add(one.get("name") + ": lowest " + figure(values.stream().min(Double::compare).orElseThrow())
                        + ", highest " + figure(values.stream().max(Double::compare).orElseThrow()) + ", latest "
                        + figure(values.get(values.size() - 1)));
            }
        }
        return String.join("; ", parts);
    }

    private String figure(double value) {
        if (extra.containsKey("hours")) {
            return Durations.hoursMinutes((int) Math.round(value * 3600));
        }
        return Charts.figure(value) + (extra.containsKey("unit") ? " " + extra.get("unit") : "");
    }

    private static List<Object> slots(List<?> values, List<Integer> source, Object empty) {
        List<Object> slotted = new ArrayList<>(source.size());
        source.forEach(i -> slotted.add(i < 0 ? empty : values.get(i)));
        return slotted;
    }
}
