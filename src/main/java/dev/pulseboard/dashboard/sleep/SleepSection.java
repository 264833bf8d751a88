package dev.pulseboard.dashboard.sleep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.Days;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.chart.DailyBars;
import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.Charts;
import dev.pulseboard.dashboard.chart.Durations;
import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.chart.RangeView;
import dev.pulseboard.dashboard.chart.TableRows;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.MemberGoals;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.health.measure.Reading;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.sync.DetailsOnView;

/** Builds the Sleep section from the nights the sync keeps and the recent nights' hypnograms. */
@Component
public class SleepSection {

    /** Stage colours (Okabe-Ito), from deep to awake; the stages are also named in the legend and tooltip. */
    static final Map<String, String> STAGES = Map.of("Deep", Charts.BLUE, "Light", Charts.SKY, "REM", Charts.PURPLE,
            "Awake", Charts.ORANGE);

    private final DailyData daily;
    private final Recordings recordings;
    private final Charts charts;
    private final Hypnograms hypnograms;
    private final DetailsOnView details;

    SleepSection(DailyData daily, Recordings recordings, Charts charts, Hypnograms hypnograms,
            DetailsOnView details) {
        this.daily = daily;
        this.recordings = recordings;
        this.charts = charts;
        this.hypnograms = hypnograms;
        this.details = details;
    }

    /**
     * The section, with {@code night}'s hypnogram (the latest kept when none is asked); the nights' table lists as
     * many as {@code rows} says.
     */
    public SleepView build(MemberId member, RangeView range, SettingsView s, String night, TableRows rows) {
        List<SleepNight> nights = daily.nights(member, range.firstDayOrEpoch(), range.lastDay());
        var score = charts.scoreChart("sleep-score-chart", "Withings sleep score a night", "score",
                List.of(Charts.Line.of("Sleep score", Charts.PURPLE, series(nights, SleepNight::score))), range,
                s.zone());
        var disturbances = charts.chart("breathing-chart", "Breathing disturbances a night", "disturbances",
                List.of(Charts.Line.of("Breathing disturbances", Charts.VERMILION,
                        series(nights, SleepNight::breathingDisturbances))), List.of(), range, s.zone());
        Set<Long> withHypnogram = recordings.nightsWithHypnogram(member);
        // Any night can be shown: the last 30 are synced ahead, an older one is fetched from Withings when chosen.
        List<SleepView.Night> table = nights.stream().sorted(Comparator.comparing(SleepNight::date).reversed())
                .limit(rows.limit()).map(n -> row(n, s, true)).toList();
        String message = null;
        SleepNight chosen = null;
        if (night != null && !night.isBlank()) {
            chosen = Days.parse(night).flatMap(d -> daily.nights(member, d, d).stream().findFirst()).orElse(null);
            if (chosen == null) {
                message = "There is no night ending on " + Days.parse(night).map(s::day)
                        .orElse("\u201c" + night + "\u201d") + "; showing the latest.";
            }
        }
        // A link that lists more or fewer nights keeps a night chosen by its date.
        String keep = chosen == null ? "" : "&night=" + chosen.date();
        if (chosen == null) {
            chosen = nights.stream().filter(n -> withHypnogram.contains(n.withingsId()))
                    .max(Comparator.comparing(SleepNight::date)).orElse(null);
        }
        SleepView.NightDetail detail = chosen == null ? null
                : hypnograms.detail(chosen, details.hypnogram(member, chosen), s);
        Integer goal = daily.goals(member).map(MemberGoals::sleepSeconds).orElse(null);
        String goalNote = goal == null ? "No sleep goal is set in the Withings app (or the sync has not read it yet)."
                : "Dashed line: the sleep goal of " + Durations.hoursMinutes(goal) + " set in the Withings app.";
        return new SleepView(stages(nights, range, s, goal), score, disturbances, averages(nights, s), table,
                rows.count(table.size(), nights.size(), TableRows.LATEST, "nights", "nights-table", s::integer, keep),
                detail, message, goalNote);
    }

    /** Deep, light, REM and awake hours stacked per night; each bar labelled with its score. */
    private ChartView stages(List<SleepNight> nights, RangeView range, SettingsView s, Integer goalSeconds) {
        DailyBars bars = new DailyBars("sleep-stages-chart", "Hours of deep, light and REM sleep and awake a night, "
                + "each night labelled with its sleep score", "hours", nights.stream().map(SleepNight::date).toList())
                .within(range).inHours();
        bars.series("Deep", STAGES.get("Deep"), hours(nights, SleepNight::deepSeconds))
                .series("Light", STAGES.get("Light"), hours(nights, SleepNight::lightSeconds))
                .series("REM", STAGES.get("REM"), hours(nights, SleepNight::remSeconds))
                .series("Awake", STAGES.get("Awake"), hours(nights, SleepNight::awakeSeconds))
                .labels("Score", nights.stream().map(n -> n.score() == null ? "" : String.valueOf(n.score())).toList());
        if (goalSeconds != null) {
            bars.goal(goalSeconds / 3600.0, "Sleep goal " + Durations.hoursMinutes(goalSeconds));
        }
        return bars.view(charts);
    }

    private static List<BigDecimal> hours(List<SleepNight> nights, Function<SleepNight, Integer> field) {
        return nights.stream().map(n -> hours(field.apply(n))).toList();
    }

    private static List<MetricView> averages(List<SleepNight> nights, SettingsView s) {
        List<MetricView> tiles = new ArrayList<>();
        String n = s.integer(nights.size()) + (nights.size() == 1 ? " night" : " nights");
        average(nights, SleepNight::totalSleepSeconds).ifPresent(v -> tiles.add(MetricView.of("Asleep (average)",
                Durations.hoursMinutes((int) Math.round(v)), n)));
        average(nights, SleepNight::deepSeconds).ifPresent(v -> tiles.add(MetricView.of("Deep (average)",
                Durations.hoursMinutes((int) Math.round(v)), n)));
        average(nights, SleepNight::remSeconds).ifPresent(v -> tiles.add(MetricView.of("REM (average)",
                Durations.hoursMinutes((int) Math.round(v)), n)));
        average(nights, SleepNight::score).ifPresent(v -> tiles.add(MetricView.of("Score (average)",
                s.number(v, 0), n)));
        average(nights, SleepNight::durationToSleepSeconds).ifPresent(v -> tiles.add(MetricView.of(
                "Falling asleep", s.number(v / 60, 0) + " min", "a night, on average")));
        average(nights, SleepNight::wakeupCount).ifPresent(v -> tiles.add(MetricView.of("Woke up",
                s.number(v, 1) + " times", "a night, on average")));
        average(nights, SleepNight::hrAverage).ifPresent(v -> tiles.add(MetricView.of("Heart rate asleep",
                s.number(v, 0) + " bpm", "average of the nights")));
        average(nights, SleepNight::rrAverage).ifPresent(v -> tiles.add(MetricView.of("Breathing rate asleep",
                s.number(v, 0) + " /min", "average of the nights")));
        average(nights, SleepNight::breathingDisturbances).ifPresent(v -> tiles.add(MetricView.of(
                "Breathing disturbances", s.number(v, 1), "a night, on average")));
        average(nights, SleepNight::snoringSeconds).ifPresent(v -> tiles.add(MetricView.of("Snoring",
                s.number(v / 60, 0) + " min", "a night, on average")));
        return tiles;
    }

    private static OptionalDouble average(List<SleepNight> nights, Function<SleepNight, Integer> field) {
        return nights.stream().map(field).filter(Objects::nonNull).mapToInt(Integer::intValue).average();
    }

    private static SleepView.Night row(SleepNight n, SettingsView s, boolean hypnogram) {
        return new SleepView.Night(s.day(n.date()), Durations.hoursMinutes(n.totalSleepSeconds()),
                Durations.hoursMinutes(n.deepSeconds()), Durations.hoursMinutes(n.remSeconds()),
                Durations.hoursMinutes(n.lightSeconds()), Durations.hoursMinutes(n.awakeSeconds()),
                s.integer(n.score()), n.efficiency() == null ? "\u2013"
                        : s.number(n.efficiency().doubleValue() * 100, 0) + " %",
                n.hrAverage() == null ? "\u2013" : s.integer(n.hrAverage()) + " bpm",
                n.rrAverage() == null ? "\u2013" : s.integer(n.rrAverage()) + " /min", s.integer(n.breathingDisturbances()),
                n.snoringSeconds() == null ? "\u2013" : s.number(n.snoringSeconds() / 60.0, 0) + " min",
                hypnogram ? n.date().toString() : null);
    }

    private static List<Reading> series(List<SleepNight> nights, Function<SleepNight, Integer> field) {
        return nights.stream().filter(n -> field.apply(n) != null)
                .map(n -> new Reading(n.end(), BigDecimal.valueOf(field.apply(n)), "")).toList();
    }

    /** Hours to 4 decimals (under a second): the tooltip writes them in hours and minutes as the table does. */
    private static BigDecimal hours(Integer seconds) {
        return seconds == null ? null : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 4,
                RoundingMode.HALF_UP);
    }
}
