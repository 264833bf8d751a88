package dev.pulseboard.dashboard.body;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.Charts;
import dev.pulseboard.dashboard.chart.RangeView;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.measure.BodyPosition;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.measure.PositionedReading;
import dev.pulseboard.health.measure.Reading;

/**
 * Builds the segmental part of the Body section from the values a Body Scan sends per arm, leg and torso: the latest
 * muscle, fat and fat-free mass per body part (left and right side by side) and a trend chart per body part.
 */
@Component
class Segments {

    /** The measures drawn, in order, with their CSS class (colour) and their label. */
    private static final List<Measure> MEASURES = List.of(
            new Measure(MeasurementType.SEGMENT_MUSCLE_MASS, "Muscle", "seg-muscle"),
            new Measure(MeasurementType.SEGMENT_FAT_MASS, "Fat", "seg-fat"),
            new Measure(MeasurementType.SEGMENT_FAT_FREE_MASS, "Fat-free", "seg-lean"));

    /** Body parts as a person reads them: left and right of each side-by-side pair. */
    private static final List<Part> PARTS = List.of(
            new Part("Arms", BodyPosition.LEFT_ARM, BodyPosition.RIGHT_ARM),
            new Part("Legs", BodyPosition.LEFT_LEG, BodyPosition.RIGHT_LEG),
            new Part("Torso", BodyPosition.TORSO, null));

    private final Measurements measurements;
    private final Charts charts;

    Segments(Measurements measurements, Charts charts) {
        this.measurements = measurements;
        this.charts = charts;
    }

    SegmentsView build(MemberId member, RangeView range, SettingsView s) {
        Map<MeasurementType, Map<Integer, PositionedReading>> latest = new EnumMap<>(MeasurementType.class);
        PositionedReading newest = null;
        for (Measure m : MEASURES) {
            List<PositionedReading> values = measurements.latestSegments(member, m.type());
            latest.put(m.type(), values.stream().collect(Collectors.toMap(PositionedReading::position,
                    Function.identity(), (a, b) -> a)));
            for (PositionedReading r : values) {
                newest = newest == null || r.time().isAfter(newest.time()) ? r : newest;
            }
        }
        if (newest == null) {
            return SegmentsView.NONE;
        }
        List<SegmentsView.Row> rows = new ArrayList<>();
        for (Part part : PARTS) {
            SegmentsView.Cell left = cell(part, part.left(), latest, s);
            SegmentsView.Cell right = part.right() == null ? null : cell(part, part.right(), latest, s);
            if (!left.bars().isEmpty() || right != null && !right.bars().isEmpty()) {
                rows.add(new SegmentsView.Row(part.name(), left, right));
            }
        }
        return new SegmentsView(s.dateTime(newest.time()), rows, trends(member, range, s));
    }

    private static SegmentsView.Cell cell(Part part, BodyPosition side,
            Map<MeasurementType, Map<Integer, PositionedReading>> latest, SettingsView s) {
        List<SegmentsView.Bar> bars = new ArrayList<>();
        for (Measure m : MEASURES) {
            PositionedReading value = latest.get(m.type()).get(side.code());
            if (value == null) {
                continue;
            }
            double kg = value.value().doubleValue();
            double larger = Math.max(kg, part.right() == null ? kg : Optional
                    .ofNullable(latest.get(m.type()).get(other(part, side).code()))
                    .map(o -> o.value().doubleValue()).orElse(kg));
            bars.add(new SegmentsView.Bar(m.label(), s.mass(kg), larger <= 0 ? 0 : (int) Math.round(100 * kg / larger),
                    m.cssClass()));
        }
        return new SegmentsView.Cell(part.right() == null ? "" : side.label().split(" ")[0], bars);
    }

    private static BodyPosition other(Part part, BodyPosition side) {
        return side == part.left() ? part.right() : part.left();
    }

    /** A chart per body part: muscle mass of each side (solid) and fat mass of each side (dashed) over the range. */
    private List<ChartView> trends(MemberId member, RangeView range, SettingsView s) {
        String axis = "Mass (" + s.weightUnit().axisSymbol() + ")";
        Map<Integer, List<Reading>> muscle = byPosition(member, MeasurementType.SEGMENT_MUSCLE_MASS, range);
        Map<Integer, List<Reading>> fat = byPosition(member, MeasurementType.SEGMENT_FAT_MASS, range);
        List<ChartView> trends = new ArrayList<>();
        for (Part part : PARTS) {
            List<Charts.Line> lines = new ArrayList<>();
            for (BodyPosition side : part.right() == null ? List.of(part.left())
                    : List.of(part.left(), part.right())) {
                String name = part.right() == null ? "" : side.label().split(" ")[0] + " ";
                boolean left = side == part.left();
                lines.add(Charts.Line.of(name.isEmpty() ? "Muscle" : name + "muscle",
                        left ? Charts.BLUE : Charts.GREEN,
                        muscle.getOrDefault(side.code(), List.of()))
                        .converted(s.weightUnit()::fromKilograms));
                lines.add(Charts.Line.of(name.isEmpty() ? "Fat" : name + "fat",
                        left ? Charts.ORANGE : Charts.VERMILION,
                        fat.getOrDefault(side.code(), List.of())).asDashed()
                        .converted(s.weightUnit()::fromKilograms));
            }
            lines.removeIf(l -> l.readings().isEmpty());
            if (!lines.isEmpty()) {
                String id = "segment-" + part.name().toLowerCase(Locale.ROOT) + "-chart";
                trends.add(charts.massChart(id, part.name() + ": muscle and fat mass over time", axis, lines,
                        range, s.zone(), null, s.weightUnit()));
            }
        }
        return trends;
    }

    /**
     * The type's readings of the range per body position, each in time order: one query for every position (a
     * query per position made H2 walk every position's rows through the time index each time).
     */
    private Map<Integer, List<Reading>> byPosition(MemberId member, MeasurementType type, RangeView range) {
        Map<Integer, List<Reading>> byPosition = new HashMap<>();
        for (PositionedReading r : measurements.positioned(member, type, null, range.from(), range.to())) {
            byPosition.computeIfAbsent(r.position(), p -> new ArrayList<>()).add(r.reading());
        }
        return byPosition;
    }

    private record Measure(MeasurementType type, String label, String cssClass) {
    }

    private record Part(String name, BodyPosition left, BodyPosition right) {
    }
}
