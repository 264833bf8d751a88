package dev.pulseboard.dashboard.activity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.dashboard.chart.ChartView;
import dev.pulseboard.dashboard.chart.Charts;
import dev.pulseboard.dashboard.chart.DailyBars;
import dev.pulseboard.dashboard.chart.Durations;
import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.chart.RangeView;
import dev.pulseboard.dashboard.chart.TableRows;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.MemberGoals;
import dev.pulseboard.health.daily.WorkoutSession;
import dev.pulseboard.health.measure.Reading;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.WorkoutKinds;

/** Builds the Activity section from the activity days and workouts the sync keeps. */
@Component
public class ActivitySection {

    /** The goal line when the member set no step goal in the Withings app: the common 10,000, labelled as such. */
    public static final int DEFAULT_STEP_GOAL = 10_000;
    public static final int WORKOUT_ROWS = 20;

    private final DailyData daily;
    private final ActivityDetail detail;
    private final Charts charts;

    ActivitySection(DailyData daily, ActivityDetail detail, Charts charts) {
        this.daily = daily;
        this.detail = detail;
        this.charts = charts;
    }

    /**
     * {@code today}: the member's own today (their days are dated by their calendar), which is the day under way,
     * whose steps are said apart. The workouts' and days' tables list as many as {@code rows} says.
     */
    public ActivityView build(MemberId member, RangeView range, SettingsView s, LocalDate today, TableRows rows) {
        List<ActivityDay> days = daily.activity(member, range.firstDayOrEpoch(), range.lastDay());
        List<LocalDate> dates = days.stream().map(ActivityDay::date).toList();
        Integer own = daily.goals(member).map(MemberGoals::steps).orElse(null);
        int goal = own == null ? DEFAULT_STEP_GOAL : own;
        ChartView steps = new DailyBars("steps-chart", "Steps a day against the goal of " + s.integer(goal)
                + " steps", "steps", dates).within(range)
                .series("Steps", Charts.BLUE, days.stream().map(ActivityDay::steps).toList())
                // Short on the chart, where it sits over the bars; the note under it says where the goal comes from.
                .goal(goal, (own == null ? "Default goal " : "Goal ") + s.integer(goal)).view(charts);
        // Averages and the goal count take the days that are over: today's steps so far are said apart.
        List<ActivityDay> over = days.stream().filter(d -> d.date().isBefore(today)).toList();
        long withSteps = over.stream().filter(d -> d.steps() != null).count();
        long reached = over.stream().filter(d -> d.steps() != null && d.steps() >= goal).count();
        String goalReached = "Goal reached on " + s.integer(reached) + " of " + s.integer(withSteps) + " days"
                + days.stream().filter(d -> d.date().equals(today) && d.steps() != null).findFirst()
                        .map(d -> " (today so far: " + s.integer(d.steps()) + " steps, counted once the day is over).")
                        .orElse(".");
        String unit = s.distanceUnit().symbol();
        ChartView distance = new DailyBars("distance-chart", "Distance a day (" + unit + ")", unit, dates)
                .within(range).unit(unit, 1)
                .series("Distance", Charts.GREEN, days.stream().map(d -> d.distanceMeters() == null ? null
                        : round(s.distanceUnit().fromMetres(d.distanceMeters().doubleValue()))).toList())
                .view(charts);
        // Whole kcal in the tooltips, as the days' table writes them. The days that are over: today's calories so far
        // would pull the line down at its end as if the member had stopped (a bar of today's steps reads as partial).
        ChartView calories = charts.dailyChart("calories-chart", "Active and total calories a day (today's once the "
                + "day is over)", "Calories (kcal)",
                List.of(Charts.Line.of("Total", Charts.ORANGE, series(over, ActivityDay::totalCalories))
                                .withDecimals(0),
                        Charts.Line.of("Active", Charts.VERMILION, series(over, ActivityDay::activeCalories))
                                .asDashed().withDecimals(0)), range);
        List<WorkoutSession> workouts = detail.workouts(member, range.fromOrEpoch(), range.toOrFarFuture());
        String goalNote = own == null ? "Goal line: " + s.integer(goal) + " steps, the usual default: no step goal is "
                + "set in the Withings app (or the sync has not read it yet)."
                : "Goal line: " + s.integer(goal) + " steps, the step goal set in the Withings app.";
        return new ActivityView(steps, goalNote, goalReached, sources(days), calendar(member, range, s),
                distance, calories, totals(over, days, workouts, s),
                workouts.stream().sorted(Comparator.comparing(WorkoutSession::start).reversed())
                        .limit(rows.limit(WORKOUT_ROWS)).map(w -> workout(w, s)).toList(),
                workouts.size(), rows.count(Math.min(workouts.size(), rows.limit(WORKOUT_ROWS)), workouts.size(),
                        WORKOUT_ROWS, "workouts", "workouts-table", s::integer, ""),
                days.stream().sorted(Comparator.comparing(ActivityDay::date).reversed()).limit(rows.limit())
                        .map(d -> day(d, s)).toList(),
                rows.count(Math.min(days.size(), rows.limit()), days.size(), TableRows.LATEST, "days",
                        "days-table", s::integer, ""));
    }

    /**
     * Where the range's days came from, as Withings names it ("ScanWatch", "GoogleFit tracker (another app)"), and
     * why another app's days have no heart rate; null when no day says.
     */
    static String sources(List<ActivityDay> days) {
        List<String> named = days.stream().map(ActivityDay::source).filter(Objects::nonNull).distinct().sorted()
                .toList();
        if (named.isEmpty()) {
            return null;
        }
        boolean app = named.stream().anyMatch(n -> n.endsWith("(another app)"));
        return "Recorded by " + String.join(", ", named) + (app ? ". Another app linked to the Withings account sends "
                + "its steps and workouts through Withings, without heart rate." : ".");
    }

    /** The year up to the range's last day, one cell a day, coloured by steps. */
    private ChartView calendar(MemberId member, RangeView range, SettingsView s) {
        LocalDate last = range.lastDay();
        LocalDate first = last.minusDays(364);
        List<ActivityDay> year = daily.activity(member, first, last);
        List<Object[]> data = year.stream().filter(d -> d.steps() != null)
                .map(d -> new Object[] { d.date().toString(), d.steps() }).toList();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "calendar");
        spec.put("from", first.toString());
        spec.put("to", last.toString());
        spec.put("max", Math.max(DEFAULT_STEP_GOAL * 3 / 2, 1));
        spec.put("data", data);
        return new ChartView("steps-calendar", "Steps a day over the year from " + s.day(first) + " to "
                + s.day(last) + ", darker for more steps", charts.json(spec), data.size(), data.size(),
                yearSummary(year, s));
    }

    /** What the calendar's colours say, for a screen reader: the year's average day and its best one. */
    private static String yearSummary(List<ActivityDay> year, SettingsView s) {
        List<ActivityDay> counted = year.stream().filter(d -> d.steps() != null).toList();
        if (counted.isEmpty()) {
            return "";
        }
        ActivityDay best = counted.stream().max(Comparator.comparingInt(ActivityDay::steps)).orElseThrow();
        return s.number(counted.stream().mapToInt(ActivityDay::steps).average().orElseThrow(), 0)
                + " steps a day on average; the most " + s.integer(best.steps()) + " on " + s.day(best.date());
    }

    /** Daily averages over the days that are over; the range's total distance and workouts include today's. */
    private static List<MetricView> totals(List<ActivityDay> over, List<ActivityDay> days,
            List<WorkoutSession> workouts, SettingsView s) {
        List<MetricView> tiles = new ArrayList<>();
        over.stream().map(ActivityDay::steps).filter(Objects::nonNull).mapToInt(Integer::intValue).average()
                .ifPresent(v -> tiles.add(MetricView.of("Steps", s.number(v, 0), "a day, on average")));
        double metres = days.stream().map(ActivityDay::distanceMeters).filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue).sum();
        if (metres > 0) {
            tiles.add(MetricView.of("Distance", s.distance(metres), "in this range"));
        }
        over.stream().map(ActivityDay::activeCalories).filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue)
                .average().ifPresent(v -> tiles.add(MetricView.of("Active calories", s.number(v, 0) + " kcal",
                        "a day, on average")));
        // None is no tile: during a first sync the workouts come last, and "0" would be false until then (the
        // Workouts heading below says which it is).
        if (!workouts.isEmpty()) {
            tiles.add(MetricView.of("Workouts", s.integer(workouts.size()), "in this range"));
        }
        return tiles;
    }

    private static ActivityView.Day day(ActivityDay d, SettingsView s) {
        return new ActivityView.Day(s.day(d.date()), s.integer(d.steps()),
                d.distanceMeters() == null ? "\u2013" : s.distance(d.distanceMeters().doubleValue()),
                s.integer(d.elevation()), s.integer(d.activeCalories()), s.integer(d.totalCalories()));
    }

    private static ActivityView.Workout workout(WorkoutSession w, SettingsView s) {
        String duration = w.start() == null || w.end() == null ? "\u2013"
                : Durations.hoursMinutes((int) Duration.between(w.start(), w.end()).toSeconds());
        return new ActivityView.Workout(w.start() == null ? "\u2013" : s.dateTime(w.start()),
                WorkoutKinds.name(w.category()), duration,
                w.distanceMeters() == null || w.distanceMeters().signum() == 0 ? "\u2013"
                        : s.distance(w.distanceMeters().doubleValue()),
                w.calories() == null ? "\u2013" : s.integer(w.calories()) + " kcal",
                w.hrAverage() == null ? "\u2013" : s.integer(w.hrAverage()) + " bpm");
    }

    /** Days drawn at noon UTC on a UTC axis, so each lands on its own date whatever the zone. */
    private static List<Reading> series(List<ActivityDay> days, Function<ActivityDay,
            BigDecimal> field) {
        return days.stream().filter(d -> field.apply(d) != null)
                .map(d -> new Reading(d.date().atTime(12, 0).toInstant(ZoneOffset.UTC), field.apply(d), ""))
                .toList();
    }

    /** 4 decimals: the tooltip rounds once, to the table's one decimal (2, rounded again, could differ from it). */
    private static Double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
