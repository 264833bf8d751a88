package dev.pulseboard.dashboard.heart;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.Charts;
import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.chart.RangeView;
import dev.pulseboard.dashboard.chart.ReadingRowView;
import dev.pulseboard.dashboard.chart.TableRows;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.BodyQueries;
import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.measure.Reading;

/**
 * Builds the Heart section: blood pressure with the bands of the viewer's guideline ({@link BpGuideline}), pulse,
 * SpO2 and pulse wave velocity.
 */
@Component
public class HeartSection {

    /** Each mark's band, in the colour of its badge (pulseboard.css), the highest's lighter. */
    private static final Map<String, String> BAND_COLOURS = Map.of("bp-below", "#eef6e4", "bp-elevated", "#f7f7dc",
            "bp-raised", "#fef6e0", "bp-above", "#fdebd3", "bp-very-high", "#f4cfd9");

    private final Measurements measurements;
    private final BodyQueries queries;
    private final Charts charts;

    HeartSection(Measurements measurements, BodyQueries queries, Charts charts) {
        this.measurements = measurements;
        this.queries = queries;
        this.charts = charts;
    }

    /**
     * The section; its table of readings lists as many as {@code rows} says. A reading gets its category, and the
     * chart its bands, as far as {@code adults} says the member was old enough for them.
     */
    public HeartView build(MemberId member, RangeView range, SettingsView settings, TableRows rows,
            AdultCategories adults) {
        ZoneId zone = settings.zone();
        List<Reading> systolic = series(member, MeasurementType.SYSTOLIC_BP, range);
        List<Reading> diastolic = series(member, MeasurementType.DIASTOLIC_BP, range);
        BpGuideline guideline = settings.guideline();
        List<BloodPressureView> pairs = BloodPressures.pair(systolic, diastolic, adults, zone, guideline);
        // No band behind readings none of which the adult categories judge: a child's chart would read as graded.
        // Where the range runs across the day they start to, the bands start on that day.
        boolean banded = pairs.isEmpty() || pairs.stream().anyMatch(p -> !p.child());
        boolean fromBirthday = banded && pairs.stream().anyMatch(BloodPressureView::child);
        List<Charts.Band> bands = !banded ? List.of() : !fromBirthday ? bands(guideline)
                : bands(guideline).stream().map(b -> b.since(adults.bloodPressureSince())).toList();
        ChartView bp = charts.chart("bp-chart", "Blood pressure, systolic and diastolic"
                + (!banded ? "" : ", with " + guideline.label() + " bands" + (fromBirthday ? " from the "
                        + AdultCategories.BLOOD_PRESSURE_FROM + "th birthday, " + settings.day(
                                adults.bloodPressureSince()) : "")), "Blood pressure (mmHg)",
                List.of(Charts.Line.of("Systolic", Charts.VERMILION, systolic),
                        Charts.Line.of("Diastolic", Charts.BLUE, diastolic).asDashed()),
                // The bands are the systolic bounds; the diastolic value has its threshold drawn across them, so that
                // a diastolic reading over it is not read as in the green.
                bands, range, zone, !banded ? null : new Charts.Goal(guideline.thresholdDiastolic(),
                        "Diastolic threshold " + guideline.thresholdDiastolic()));
        ChartView pulse = single("pulse-chart", "Pulse", "bpm", Charts.PURPLE, member, MeasurementType.HEART_RATE,
                range, zone);
        ChartView spo2 = single("spo2-chart", "SpO2", "%", Charts.SKY, member, MeasurementType.SPO2, range, zone);
        ChartView pwv = single("pwv-chart", "Pulse wave velocity", "m/s", Charts.GREEN, member,
                MeasurementType.PULSE_WAVE_VELOCITY, range, zone);
        BloodPressureView latest = latest(member, adults, zone, guideline);
        List<ReadingRowView> table = new ArrayList<>();
        for (int i = pairs.size() - 1; i >= 0 && table.size() < rows.limit(); i--) {
            BloodPressureView p = pairs.get(i);
            table.add(new ReadingRowView(p.when(settings), p.value() + " mmHg", p.categoryLabel(),
                    p.categoryCss()));
        }
        // The day before the range says whether measuring went on into it (two days: a reading's own clock may be
        // ahead of the viewer's); without readings in the range there is nothing to average, nor to ask.
        Set<LocalDate> daysBefore = range.from() == null || pairs.isEmpty() ? Set.of() : BloodPressures.days(measurements.series(member,
                MeasurementType.SYSTOLIC_BP, range.from().minus(Duration.ofDays(2)), range.from()), zone);
        return new HeartView(latest, tiles(member, settings), BloodPressures.homeAverages(pairs, daysBefore, zone,
                range.lastDay(), guideline), bp, pulse, spo2, pwv, table, rows.count(table.size(),
                pairs.size(), TableRows.LATEST, "blood-pressure readings", "bp-table", settings::integer, ""),
                (latest != null && latest.child()) || pairs.stream().anyMatch(BloodPressureView::child),
                guideline);
    }

    /**
     * The member's last blood pressure, whatever the range, or null; with its mark in {@code guideline} if
     * {@code adults} gives one on its day ({@code zone}: the day's zone for a reading that has none).
     */
    public BloodPressureView latest(MemberId member, AdultCategories adults, ZoneId zone, BpGuideline guideline) {
        var sys = queries.latest(member, MeasurementType.SYSTOLIC_BP);
        var dia = queries.latest(member, MeasurementType.DIASTOLIC_BP);
        if (sys.isEmpty() || dia.isEmpty() || !sys.get().time().equals(dia.get().time())) {
            return null;
        }
        return BloodPressures.pair(List.of(sys.get()), List.of(dia.get()), adults, zone, guideline).get(0);
    }

    private ChartView single(String id, String name, String unit, String colour, MemberId member,
            MeasurementType type, RangeView range, ZoneId zone) {
        return charts.chart(id, name, name + " (" + unit + ")",
                List.of(Charts.Line.of(name, colour, series(member, type, range))), List.of(), range, zone);
    }

    private List<MetricView> tiles(MemberId member, SettingsView s) {
        List<MetricView> tiles = new ArrayList<>();
        queries.latest(member, MeasurementType.HEART_RATE).ifPresent(r -> tiles.add(
                MetricView.of("Pulse", s.number(r.value().doubleValue(), 0) + " bpm", s.dateTime(r.time()))));
        queries.latest(member, MeasurementType.SPO2).ifPresent(r -> tiles.add(
                MetricView.of("SpO2", s.number(r.value().doubleValue(), 0) + " %", s.dateTime(r.time()))));
        queries.latest(member, MeasurementType.PULSE_WAVE_VELOCITY).ifPresent(r -> tiles.add(
                MetricView.of("Pulse wave velocity", s.number(r.value().doubleValue(), 1) + " m/s",
                        s.dateTime(r.time()))));
        return tiles;
    }

    private static List<Charts.Band> bands(BpGuideline guideline) {
        List<Charts.Band> bands = new ArrayList<>();
        List<BpGuideline.Mark> marks = guideline.marks();
        for (int i = 0; i < marks.size(); i++) {
            BpGuideline.Mark m = marks.get(i);
            boolean highest = i == marks.size() - 1;
            int from = m.lowest() ? 80 : m.systolicFrom();
            int to = highest ? 220 : marks.get(i + 1).systolicFrom();
            // The bands are the systolic bounds, and the diastolic line is drawn across them: each says so.
            bands.add(new Charts.Band(from, to, m.label() + " (systolic " + m.systolicRange() + ")",
                    BAND_COLOURS.get(m.cssClass())));
        }
        return bands;
    }

    private List<Reading> series(MemberId member, MeasurementType type, RangeView range) {
        return measurements.series(member, type, range.from(), range.to());
    }
}
