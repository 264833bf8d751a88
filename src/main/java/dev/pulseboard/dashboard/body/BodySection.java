package dev.pulseboard.dashboard.body;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Zones;
import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.Charts;
import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.chart.MovingAverage;
import dev.pulseboard.dashboard.chart.RangeView;
import dev.pulseboard.dashboard.chart.ReadingRowView;
import dev.pulseboard.dashboard.chart.TableRows;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.dashboard.unit.TemperatureUnit;
import dev.pulseboard.dashboard.unit.WeightUnit;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.MemberGoals;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.BodyQueries;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.measure.Reading;

/**
 * Builds the Body section: weight with its 7-day moving average against the member's weight goal, body fat,
 * composition, segmental composition, BMI.
 */
@Component
public class BodySection {

    /** The nerve-health types: the score of both feet, the left and the right, then the electrodermal activity's. */
    private static final List<MeasurementType> FEET = List.of(MeasurementType.NERVE_HEALTH_SCORE,
            MeasurementType.NERVE_HEALTH_LEFT_FOOT, MeasurementType.NERVE_HEALTH_RIGHT_FOOT,
            MeasurementType.ELECTRODERMAL_ACTIVITY_FEET, MeasurementType.ELECTRODERMAL_ACTIVITY_LEFT_FOOT,
            MeasurementType.ELECTRODERMAL_ACTIVITY_RIGHT_FOOT);

    private final Measurements measurements;
    private final BodyQueries queries;
    private final Charts charts;
    private final Segments segments;
    private final DailyData daily;

    BodySection(Measurements measurements, BodyQueries queries, Charts charts, Segments segments, DailyData daily) {
        this.measurements = measurements;
        this.queries = queries;
        this.charts = charts;
        this.segments = segments;
        this.daily = daily;
    }

    /**
     * The whole section; with {@code full} false (the landing page) only the weight chart and the tiles. The table
     * of weigh-ins lists as many as {@code rows} says; the BMI gets its category if {@code adults} gives one.
     */
    public BodyView build(MemberId member, RangeView range, SettingsView settings, boolean full, TableRows rows,
            AdultCategories adults) {
        WeightUnit unit = settings.weightUnit();
        ZoneId zone = settings.zone();
        String massAxis = unit.axisSymbol();
        List<Reading> weight = series(member, MeasurementType.WEIGHT, range);
        List<Reading> average = sevenDayAverage(member, range, weight, zone);
        BigDecimal goalKg = daily.goals(member).map(MemberGoals::weightKg).orElse(null);
        Charts.Goal goal = goalKg == null ? null
                : new Charts.Goal(unit.fromKilograms(goalKg.doubleValue()), "Goal " + settings.mass(goalKg.doubleValue()));
        String goalNote = goalKg == null
                ? "No goal line: no weight goal is set in the Withings app (or the sync has not read it yet)."
                : "Goal line: " + settings.mass(goalKg.doubleValue()) + ", the weight goal set in the Withings app.";
        ChartView weightChart = charts.massChart("body-chart", "Weight and its 7-day average"
                + (goalKg == null ? "" : ", against the goal of " + settings.mass(goalKg.doubleValue())),
                "Weight (" + massAxis + ")",
                List.of(Charts.Line.of("Weight", Charts.BLUE, weight).converted(unit::fromKilograms),
                        Charts.Line.of("7-day average", Charts.VERMILION, average).asDashed()
                                .converted(unit::fromKilograms)),
                range, zone, goal, unit);
        List<Reading> fatRatio = full ? series(member, MeasurementType.FAT_RATIO, range) : List.of();
        ChartView fat = charts.chart("fat-chart", "Body fat percentage", "Body fat (%)",
                List.of(Charts.Line.of("Body fat", Charts.ORANGE, fatRatio)), List.of(), range, zone);
        List<Charts.Line> composition = new ArrayList<>();
        if (full) {
            composition.add(mass("Muscle", Charts.GREEN, MeasurementType.MUSCLE_MASS, member, range, unit));
            composition.add(mass("Fat", Charts.ORANGE, MeasurementType.FAT_MASS, member, range, unit));
            composition.add(mass("Water", Charts.SKY, MeasurementType.HYDRATION, member, range, unit));
            composition.add(mass("Bone", Charts.PURPLE, MeasurementType.BONE_MASS, member, range, unit));
        }
        composition.removeIf(l -> l.readings().isEmpty());
        ChartView compositionChart = charts.massChart("composition-chart", "Body composition: masses over time",
                "Mass (" + massAxis + ")", composition, range, zone, null, unit);
        TemperatureUnit degrees = settings.temperatureUnit();
        List<Charts.Line> temperatures = new ArrayList<>();
        if (full) {
            temperatures.add(Charts.Line.of("Body temperature", Charts.VERMILION,
                    series(member, MeasurementType.BODY_TEMPERATURE, range)).converted(degrees::fromCelsius));
            temperatures.add(Charts.Line.of("Temperature", Charts.ORANGE,
                    series(member, MeasurementType.TEMPERATURE, range)).converted(degrees::fromCelsius));
            temperatures.add(Charts.Line.of("Skin temperature", Charts.SKY,
                    series(member, MeasurementType.SKIN_TEMPERATURE, range)).converted(degrees::fromCelsius));
        }
        temperatures.removeIf(l -> l.readings().isEmpty());
        ChartView temperatureChart = charts.chart("temperature-chart", "Temperatures over time",
                "Temperature (" + degrees.symbol() + ")", temperatures, List.of(), range, zone);
        // The latest nerve-health score makes a tile and, on the full page, the nerve section's empty-range note.
        Optional<Reading> latestNerves = queries.latest(member, MeasurementType.NERVE_HEALTH_SCORE);
        return new BodyView(tiles(member, settings, latestNerves, adults), weightChart, fat, compositionChart,
                temperatureChart, full ? nerveHealth(member, range, settings, latestNerves) : NerveHealthView.NONE,
                latestRows(weight, average, settings, rows.limit()),
                rows.count(Math.min(weight.size(), rows.limit()), weight.size(), TableRows.LATEST, "weigh-ins",
                        "weigh-in-table", settings::integer, ""),
                full ? segments.build(member, range, settings) : SegmentsView.NONE, goalNote);
    }

    /** A Body Scan's nerve-health assessments in the range: two charts and a table, and the latest one's date. */
    private NerveHealthView nerveHealth(MemberId member, RangeView range, SettingsView s,
            Optional<Reading> latestScore) {
        List<List<Reading>> values = new ArrayList<>();
        for (MeasurementType type : FEET) {
            values.add(series(member, type, range));
        }
        ChartView score = charts.chart("nerve-chart", "Nerve health score of the feet (Body Scan)", "Score",
                feet(values.subList(0, 3)), List.of(), range, s.zone());
        ChartView activity = charts.chart("conductance-chart", "Electrodermal activity of the feet (Body Scan)",
                "Electrodermal activity", feet(values.subList(3, 6)).stream().map(l -> l.withDecimals(3)).toList(),
                List.of(), range, s.zone());
        // One row an assessment: its six values share the group's time.
        Map<Instant, String[]> byTime = new TreeMap<>(Comparator.reverseOrder());
        for (int t = 0; t < FEET.size(); t++) {
            int column = t;
            int decimals = t < 3 ? 0 : 3;
            values.get(t).forEach(r -> byTime.computeIfAbsent(r.time(), k -> new String[FEET.size()])[column] =
                    s.number(r.value().doubleValue(), decimals));
        }
        List<NerveHealthView.Row> rows = byTime.entrySet().stream().map(e -> {
            String[] v = e.getValue();
            return new NerveHealthView.Row(s.date(e.getKey()), v[0], v[1], v[2], v[3], v[4], v[5]);
        }).toList();
        return new NerveHealthView(score, activity, rows, latestScore.map(r -> s.date(r.time())).orElse(null));
    }

    /** Both feet, the left foot and the right foot: the lines that have values. */
    private static List<Charts.Line> feet(List<List<Reading>> bothLeftRight) {
        List<Charts.Line> lines = new ArrayList<>(List.of(
                Charts.Line.of("Both feet", Charts.BLUE, bothLeftRight.get(0)),
                Charts.Line.of("Left foot", Charts.GREEN, bothLeftRight.get(1)).asDashed(),
                Charts.Line.of("Right foot", Charts.ORANGE, bothLeftRight.get(2)).asDashed()));
        lines.removeIf(l -> l.readings().isEmpty());
        return lines;
    }

    private Charts.Line mass(String name, String color, MeasurementType type, MemberId member, RangeView range,
            WeightUnit unit) {
        return Charts.Line.of(name, color, series(member, type, range)).converted(unit::fromKilograms);
    }

    /**
     * The 7-day average of each day of the range: a range's first days take in the weigh-ins of the 6 days before it,
     * so that a day's average is the same whichever range shows it.
     */
    private List<Reading> sevenDayAverage(MemberId member, RangeView range, List<Reading> weight, ZoneId zone) {
        if (range.from() == null) {
            return MovingAverage.trailing(weight, 7, zone);
        }
        List<Reading> withLeadIn = new ArrayList<>(measurements.series(member, MeasurementType.WEIGHT,
                range.from().minus(Duration.ofDays(7)), range.from()));
        withLeadIn.addAll(weight);
        return MovingAverage.trailing(withLeadIn, 7, zone).stream().filter(a -> !a.time().isBefore(range.from()))
                .toList();
    }

    private List<Reading> series(MemberId member, MeasurementType type, RangeView range) {
        return measurements.series(member, type, range.from(), range.to());
    }

    private List<MetricView> tiles(MemberId member, SettingsView s, Optional<Reading> latestNerves,
            AdultCategories adults) {
        List<MetricView> tiles = new ArrayList<>();
        Optional<Reading> weight = queries.latest(member, MeasurementType.WEIGHT);
        weight.ifPresent(w -> tiles.add(MetricView.of("Weight", s.mass(kg(w)), s.dateTime(w.time()))));
        Optional<Reading> height = queries.latest(member, MeasurementType.HEIGHT);
        if (weight.isPresent() && height.isPresent()) {
            Reading w = weight.get();
            LocalDate day = w.time().atZone(Zones.named(w.timeZone()).orElse(s.zone())).toLocalDate();
            tiles.add(Bmi.tile(kg(w), kg(height.get()), s, adults.bmi(day)));
        }
        queries.latest(member, MeasurementType.FAT_RATIO).ifPresent(f -> tiles.add(
                MetricView.of("Body fat", s.number(kg(f), 1) + " %", s.dateTime(f.time()))));
        queries.latest(member, MeasurementType.MUSCLE_MASS).ifPresent(m -> tiles.add(
                MetricView.of("Muscle mass", s.mass(kg(m)), s.dateTime(m.time()))));
        queries.latest(member, MeasurementType.BODY_TEMPERATURE).ifPresent(t -> tiles.add(
                MetricView.of("Body temperature", s.temperature(kg(t)), s.dateTime(t.time()))));
        queries.latest(member, MeasurementType.VISCERAL_FAT).ifPresent(v -> tiles.add(
                MetricView.of("Visceral fat index", s.number(kg(v), 1), s.dateTime(v.time()))));
        latestNerves.ifPresent(n -> tiles.add(
                MetricView.of("Nerve health score, feet", s.number(kg(n), 0),
                        s.dateTime(n.time()) + " · Withings' value, no scale given")));
        return tiles;
    }

    /** The last {@code limit} weigh-ins of the range, newest first, with the 7-day average of their day. */
    private static List<ReadingRowView> latestRows(List<Reading> weight, List<Reading> average, SettingsView s,
            int limit) {
        Map<LocalDate, Reading> averageByDay = new HashMap<>();
        average.forEach(a -> averageByDay.put(a.time().atZone(s.zone()).toLocalDate(), a));
        List<ReadingRowView> rows = new ArrayList<>();
        for (int i = weight.size() - 1; i >= 0 && rows.size() < limit; i--) {
            Reading w = weight.get(i);
            Reading avg = averageByDay.get(w.time().atZone(s.zone()).toLocalDate());
            rows.add(new ReadingRowView(s.dateTime(w.time()), s.mass(kg(w)), avg == null ? "" : s.mass(kg(avg)), ""));
        }
        return rows;
    }

    private static double kg(Reading r) {
        return r.value().doubleValue();
    }
}
