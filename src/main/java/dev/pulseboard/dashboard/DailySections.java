package dev.pulseboard.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.ActivityDay;
import dev.pulseboard.health.ActivityDetail;
import dev.pulseboard.health.DailyData;
import dev.pulseboard.health.Reading;
import dev.pulseboard.health.Recordings;
import dev.pulseboard.health.SleepNight;

/** The Sleep, Activity, ECG and Devices sections, from the nights, days, recordings and devices the sync keeps. */
@Component
class DailySections {

    static final int TABLE_ROWS = 14;

    private final DailyData daily;
    private final ActivityDetail detail;
    private final Recordings recordings;
    private final Charts charts;

    DailySections(DailyData daily, ActivityDetail detail, Recordings recordings, Charts charts) {
        this.daily = daily;
        this.detail = detail;
        this.recordings = recordings;
        this.charts = charts;
    }

    SleepView sleep(MemberId member, RangeView range, SettingsView settings) {
        List<SleepNight> nights = daily.nights(member, firstDay(range), range.lastDay());
        var duration = charts.chart("sleep-chart", "Hours of sleep a night, and of deep and REM sleep", "hours",
                List.of(Charts.Line.of("Asleep", Charts.BLUE, series(nights, SleepNight::totalSleepSeconds, 3600)),
                        Charts.Line.of("Deep", Charts.VERMILION, series(nights, SleepNight::deepSeconds, 3600)),
                        Charts.Line.of("REM", Charts.GREEN, series(nights, SleepNight::remSeconds, 3600))),
                List.of(), settings.zone());
        var score = charts.chart("sleep-score-chart", "Withings sleep score a night", "score",
                List.of(Charts.Line.of("Sleep score", Charts.PURPLE, series(nights, SleepNight::score, 1))),
                List.of(), settings.zone());
        List<SleepNight> recent = nights.stream().sorted(Comparator.comparing(SleepNight::date).reversed())
                .limit(TABLE_ROWS).toList();
        return new SleepView(duration, score, recent.stream().map(n -> new SleepView.Night(n.date(),
                hours(n.totalSleepSeconds()), hours(n.deepSeconds()), hours(n.remSeconds()), hours(n.lightSeconds()),
                n.score(), n.efficiency() == null ? null : n.efficiency().movePointRight(2).setScale(0,
                        RoundingMode.HALF_UP).intValue(), n.hrAverage(), n.rrAverage(), n.breathingDisturbances()))
                .toList());
    }

    ActivityView activity(MemberId member, RangeView range, SettingsView settings) {
        List<ActivityDay> days = daily.activity(member, firstDay(range), range.lastDay());
        var steps = charts.chart("steps-chart", "Steps a day", "steps",
                List.of(Charts.Line.of("Steps", Charts.BLUE, days.stream().filter(d -> d.steps() != null)
                        .map(d -> new Reading(noon(d.date()), BigDecimal.valueOf(d.steps()), "steps")).toList())),
                List.of(), settings.zone());
        var workouts = detail.workouts(member, from(range), to(range));
        List<ActivityDay> recent = days.stream().sorted(Comparator.comparing(ActivityDay::date).reversed())
                .limit(TABLE_ROWS).toList();
        return new ActivityView(steps, workouts.size(), recent.stream().map(d -> new ActivityView.Day(d.date(),
                d.steps(), d.distanceMeters() == null ? null : d.distanceMeters().movePointLeft(3).setScale(1,
                        RoundingMode.HALF_UP), d.elevation(), d.activeCalories(), d.totalCalories())).toList());
    }

    EcgView ecg(MemberId member, RangeView range, SettingsView settings) {
        return new EcgView(recordings.ecgs(member, from(range), to(range)).stream()
                .sorted(Comparator.comparing(e -> e.time(), Comparator.reverseOrder()))
                .map(e -> new EcgView.Recording(e.signalId(), settings.dateTime(e.time()), EcgView.afib(e.afib()),
                        e.heartRate(), e.hasSignal()))
                .toList());
    }

    DevicesView devices(MemberId member, SettingsView settings) {
        return new DevicesView(daily.devices(member).stream().map(d -> new DevicesView.Device(d.type(),
                d.model() == null || d.model().isBlank() ? "Withings device" : d.model(), d.battery(),
                d.lastSessionAt() == null ? null : settings.dateTime(d.lastSessionAt()))).toList());
    }

    private static List<Reading> series(List<SleepNight> nights, Function<SleepNight, Integer> field, int divisor) {
        return nights.stream().filter(n -> field.apply(n) != null)
                .map(n -> new Reading(n.end(), BigDecimal.valueOf(field.apply(n)).divide(BigDecimal.valueOf(divisor),
                        2, RoundingMode.HALF_UP), ""))
                .toList();
    }

    private static LocalDate firstDay(RangeView range) {
        return range.firstDay() == null ? LocalDate.of(1970, 1, 1) : range.firstDay();
    }

    private static Instant from(RangeView range) {
        return range.from() == null ? Instant.EPOCH : range.from();
    }

    private static Instant to(RangeView range) {
        return range.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : range.to();
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    private static String hours(Integer seconds) {
        return seconds == null ? "–" : String.format("%d h %02d", seconds / 3600, seconds % 3600 / 60);
    }
}
