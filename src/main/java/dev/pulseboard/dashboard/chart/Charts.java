package dev.pulseboard.dashboard.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.dashboard.unit.WeightUnit;
import dev.pulseboard.health.measure.Reading;
import dev.pulseboard.health.SeriesDownsampler;

/**
 * Chart data for pages. Every series is downsampled on the server (LTTB) to at most {@link #MAX_POINTS}, about
 * the pixels of a wide chart, so 10 years of daily readings draw as fast as 3 months.
 */
@Component
public class Charts {

    public static final int MAX_POINTS = 1000;

    /** Okabe-Ito colours: told apart by people with any common colour-vision deficiency. */
    public static final String BLUE = "#0072B2";
    public static final String ORANGE = "#E69F00";
    public static final String GREEN = "#009E73";
    public static final String VERMILION = "#D55E00";
    public static final String PURPLE = "#CC79A7";
    public static final String SKY = "#56B4E9";

    private static final Pattern AXIS_UNIT = Pattern.compile(".*\\(([^()]+)\\)");
    private static final long DAY_MILLIS = 86_400_000L;
    /**
     * Points keep 4 decimals in the chart's unit: the tooltip rounds them once, as the page's tables round the stored
     * value (2 decimals, rounded again to 1, turned 81.245 kg into 81.3 where the table said 81.2).
     */
    private static final double POINT_SCALE = 10_000.0;

    private final JsonMapper json;

    public Charts(JsonMapper json) {
        this.json = json;
    }

    /**
     * A line of a chart; values pass through {@code convert} (units) before they are drawn. Its tooltip writes a value
     * with {@code decimals} decimals (null: none for whole numbers, else one), as the page's figures write it.
     */
    public record Line(String name, String color, boolean dashed, List<Reading> readings, DoubleUnaryOperator convert,
            Integer decimals) {

        public static Line of(String name, String color, List<Reading> readings) {
            return new Line(name, color, false, readings, DoubleUnaryOperator.identity(), null);
        }

        public Line asDashed() {
            return new Line(name, color, true, readings, convert, decimals);
        }

        public Line converted(DoubleUnaryOperator by) {
            return new Line(name, color, dashed, readings, by, decimals);
        }

        public Line withDecimals(int places) {
            return new Line(name, color, dashed, readings, convert, places);
        }
    }

    /**
     * A shaded horizontal band of the value axis, such as a blood-pressure category; drawn from {@code since} (epoch
     * milliseconds of the wall clock, as the points are) to the chart's end, or across the whole chart when null.
     */
    public record Band(double from, double to, String label, String color, Long since) {

        public Band(double from, double to, String label, String color) {
            this(from, to, label, color, null);
        }

        /** The band drawn from the start of {@code day} only (the readings before it are not judged by it). */
        public Band since(LocalDate day) {
            return new Band(from, to, label, color, day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        }
    }

    /** A horizontal goal line with its label (already in the chart's unit). */
    public record Goal(double value, String label) {
    }

    /**
     * A chart over {@code range}: its time axis spans the range's days, so that a week with one reading reads as a
     * week, not as the hours around that reading (the whole history spans the readings). Times are shifted to the
     * wall clock of {@code zone} and the page script draws them as UTC, so the axis and tooltips read in the viewer's
     * time zone whatever the browser's is. An axis named "Name (unit)" gives its unit to the tooltips' values.
     */
    public ChartView chart(String id, String description, String axis, List<Line> lines, List<Band> bands,
            RangeView range, ZoneId zone) {
        return chart(id, description, axis, lines, bands, range, zone, null);
    }

    /** {@link #chart(String, String, String, List, List, RangeView, ZoneId)} with a dashed line across it. */
    public ChartView chart(String id, String description, String axis, List<Line> lines, List<Band> bands,
            RangeView range, ZoneId zone, Goal line) {
        return chart(id, description, axis, lines, bands, range, zone, line, Axis.WALL_CLOCK);
    }

    /**
     * A chart of masses in the viewer's unit ({@code lines} converted to it): in stones, the page script writes the
     * axis and the tooltips in stones and pounds ("12 st 7 lb"), as every figure of the page is, not in decimal
     * stones (12.5 st is 12 st 7 lb, easily read as 12 st 5).
     */
    public ChartView massChart(String id, String description, String axis, List<Line> lines, RangeView range,
            ZoneId zone, Goal goal, WeightUnit unit) {
        return chart(id, description, axis, lines, List.of(), range, zone, goal,
                unit == WeightUnit.ST ? Axis.STONES : Axis.WALL_CLOCK);
    }

    /**
     * A chart of one value a day (a day's calories), its points at the day's noon: its tooltips and axis give dates,
     * never that noon.
     */
    public ChartView dailyChart(String id, String description, String axis, List<Line> lines, RangeView range) {
        return chart(id, description, axis, lines, List.of(), range, ZoneOffset.UTC, null, Axis.DAYS);
    }

    /**
     * A chart of a few hours (a night's vitals), on the time that passed rather than the wall clock: a night across
     * a change to or from daylight-saving time has an hour more or less on the clock, which the wall clock would
     * draw as an hour of nothing, or as an hour drawn twice over itself. The page script reads the clock in
     * {@code zone} ({@link #clock}).
     */
    public ChartView clockChart(String id, String description, String axis, List<Line> lines, ZoneId zone) {
        return chart(id, description, axis, lines, List.of(), null, zone, null, Axis.TIME_PASSED);
    }

    /**
     * A chart of a score out of 100 (Withings' sleep score): its value axis ends at 100 when a reading comes near it,
     * where ECharts' round steps would go on to 110 or, for a single night, 160.
     */
    public ChartView scoreChart(String id, String description, String axis, List<Line> lines, RangeView range,
            ZoneId zone) {
        return chart(id, description, axis, lines, List.of(), range, zone, null, Axis.SCORE);
    }

    /** How a chart's axes read: the kinds of chart above. */
    private enum Axis { WALL_CLOCK, STONES, DAYS, TIME_PASSED, SCORE }

    private ChartView chart(String id, String description, String axis, List<Line> lines, List<Band> bands,
            RangeView range, ZoneId zone, Goal goal, Axis kind) {
        boolean elapsed = kind == Axis.TIME_PASSED && clockZone(zone) != null;
        List<Map<String, Object>> series = new ArrayList<>();
        int drawn = 0;
        for (Line line : lines) {
            List<Reading> kept = SeriesDownsampler.lttb(line.readings(), MAX_POINTS);
            if (series.isEmpty()) {
                drawn = kept.size();
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", line.name());
            s.put("color", line.color());
            s.put("dashed", line.dashed());
            if (line.decimals() != null) {
                s.put("decimals", line.decimals());
            }
            s.put("data", points(kept, line.convert(), elapsed ? null : zone));
            series.add(s);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        if (elapsed) {
            chart.put("zone", clockZone(zone));
        }
        if (kind == Axis.STONES) {
            chart.put("stones", true);
        }
        if (kind == Axis.DAYS) {
            chart.put("daily", true);
        }
        if (kind == Axis.SCORE) {
            chart.put("ceiling", 100);
        }
        chart.put("y", axis);
        Matcher unit = AXIS_UNIT.matcher(axis);
        if (unit.matches()) {
            chart.put("unit", unit.group(1));
        }
        if (range != null && range.firstDay() != null) {
            // The range's days on the wall clock, as the points are: its first midnight to the one after its last day.
            chart.put("from", range.firstDay().toEpochDay() * DAY_MILLIS);
            chart.put("to", range.lastDay().plusDays(1).toEpochDay() * DAY_MILLIS);
        }
        chart.put("series", series);
        chart.put("bands", bands);
        if (goal != null) {
            chart.put("goal", Map.of("value", Math.round(goal.value() * 100) / 100.0, "label", goal.label()));
        }
        int readings = lines.isEmpty() ? 0 : lines.get(0).readings().size();
        return new ChartView(id, description, json.writeValueAsString(chart), readings, drawn, summary(lines));
    }

    /** Each line's lowest, highest and latest value in the chart's unit, for a screen reader: what the eye sees. */
    static String summary(List<Line> lines) {
        List<String> parts = new ArrayList<>();
        for (Line line : lines) {
            if (line.readings().isEmpty()) {
                continue;
            }
            DoubleSummaryStatistics stats = line.readings().stream()
                    .mapToDouble(r -> line.convert().applyAsDouble(r.value().doubleValue())).summaryStatistics();
            double latest = line.convert().applyAsDouble(line.readings().get(line.readings().size() - 1).value()
                    .doubleValue());
            parts.add(line.name() + ": lowest " + figure(stats.getMin()) + ", highest " + figure(stats.getMax())
                    + ", latest " + figure(latest));
        }
        return String.join("; ", parts);
    }

    static String figure(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** The instant as the wall clock of {@code zone}, in epoch milliseconds, for the page script to draw as UTC. */
    public static long wallClock(Instant time, ZoneId zone) {
        return time.toEpochMilli() + zone.getRules().getOffset(time).getTotalSeconds() * 1000L;
    }

    /**
     * An instant of a chart drawn on the time that passed ({@link #clockChart}): itself, in epoch milliseconds, when
     * the page script can read the clock in {@code zone}; else (a fixed offset, which has no daylight-saving time to
     * get wrong) the wall clock, as every other chart.
     */
    public static long clock(Instant time, ZoneId zone) {
        return clockZone(zone) == null ? wallClock(time, zone) : time.toEpochMilli();
    }

    /** The zone's name for the page script's clock, or null for a fixed offset (drawn on the wall clock). */
    public static String clockZone(ZoneId zone) {
        return zone.getRules().isFixedOffset() ? null : zone.getId();
    }

    /** Any other chart's specification as the JSON its {@code data-chart} attribute carries. */
    public String json(Object spec) {
        return json.writeValueAsString(spec);
    }

    /** The points, each time on the wall clock of {@code zone}, or as it is when {@code zone} is null. */
    private static Object[][] points(List<Reading> readings, DoubleUnaryOperator convert, ZoneId zone) {
        Object[][] points = new Object[readings.size()][];
        for (int i = 0; i < points.length; i++) {
            Reading r = readings.get(i);
            double value = convert.applyAsDouble(r.value().doubleValue());
            points[i] = new Object[] { zone == null ? r.time().toEpochMilli() : wallClock(r.time(), zone),
                    Math.round(value * POINT_SCALE) / POINT_SCALE };
        }
        return points;
    }
}
