package dev.pulseboard.export.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;

import dev.pulseboard.account.Member;
import dev.pulseboard.export.ExportRange;
import dev.pulseboard.export.KeepOpen;
import dev.pulseboard.export.MeasureGroups;
import dev.pulseboard.export.imports.ImportJobs;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.WorkoutSession;
import dev.pulseboard.health.measure.BodyPosition;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.health.recording.WorkoutKinds;

/**
 * One long ("tidy") CSV of everything: {@code time_utc, time_zone, metric, value, unit, source, external_id}, one
 * value per row, for spreadsheets and data tools. Metrics are the API's measurement type names (a body-part value
 * adds its position: {@code segment_muscle_mass_left_arm}), {@code sleep_*} (seconds, score), the daily activity
 * totals, {@code workout_*} (one row per stored figure of a workout, at its start) and {@code ecg_*} (an ECG's
 * summary, not its strip); {@code external_id} is Withings' id of the reading, the same on every row of one workout
 * or ECG. A coded value ({@code workout_category}, {@code ecg_afib}) is Withings' number, its name in {@code unit}.
 */
@Service
public class TidyCsvExport {

    static final String[] HEADER = { "time_utc", "time_zone", "metric", "value", "unit", "source", "external_id" };

    private final Measurements measurements;
    private final DailyData daily;
    private final ActivityDetail activity;
    private final Recordings recordings;

    TidyCsvExport(Measurements measurements, DailyData daily, ActivityDetail activity, Recordings recordings) {
        this.measurements = measurements;
        this.daily = daily;
        this.activity = activity;
        this.recordings = recordings;
    }

    /**
     * Writes the measurements, workouts and ECGs of the range's instants, and the nights and activity days of its
     * days.
     */
    public void write(Member member, ExportRange range, OutputStream out) {
        Writer csv = new BufferedWriter(new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8));
        Csv.row(csv, (Object[]) HEADER);
        measurements.forEachRecordWithSegments(member.id(), range.from(), range.to(), r -> Csv.row(csv,
                r.measuredAt(), r.timeZone(), metric(r), r.value(), r.type().unit(), source(r.model()),
                MeasureGroups.idKind(r.groupId()) + ":" + r.groupId() + ":" + r.type().withingsCode()
                        + (r.position() == null ? "" : ":" + r.position())));
        for (var n : daily.nights(member.id(), range.firstDay(), range.lastDay())) {
            String id = "withings-sleep:" + n.withingsId();
            Instant start = n.start();
            row(csv, start, n.timezone(), "sleep_total", n.totalSleepSeconds(), "s", id);
            row(csv, start, n.timezone(), "sleep_light", n.lightSeconds(), "s", id);
            row(csv, start, n.timezone(), "sleep_deep", n.deepSeconds(), "s", id);
            row(csv, start, n.timezone(), "sleep_rem", n.remSeconds(), "s", id);
            row(csv, start, n.timezone(), "sleep_awake", n.awakeSeconds(), "s", id);
            row(csv, start, n.timezone(), "sleep_score", n.score(), "", id);
        }
        for (var d : daily.activity(member.id(), range.firstDay(), range.lastDay())) {
            String id = "withings-activity:" + d.date();
            Instant start = d.date().atStartOfDay(ExportRange.zone(d.timezone())).toInstant();
            row(csv, start, d.timezone(), "steps", d.steps(), "steps", id);
            row(csv, start, d.timezone(), "distance", d.distanceMeters(), "m", id);
            row(csv, start, d.timezone(), "elevation", d.elevation(), "floors", id);
            row(csv, start, d.timezone(), "active_calories", d.activeCalories(), "kcal", id);
            row(csv, start, d.timezone(), "total_calories", d.totalCalories(), "kcal", id);
        }
        for (WorkoutSession w : activity.workouts(member.id(), range.from(), range.to())) {
            workout(csv, w);
        }
        String zone = range.zone().getId();
        for (EcgStrip e : recordings.ecgs(member.id(), range.from(), range.to())) {
            String id = "withings-ecg:" + e.signalId();
            row(csv, e.time(), zone, "ecg_afib", e.afib(), e.afib() == null ? "" : afib(e.afib()), id);
            row(csv, e.time(), zone, "ecg_heart_rate", e.heartRate(), "bpm", id);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Writer csv, Instant time, String zone, String metric, Object value, String unit,
            String id) {
        if (value != null && time != null) {
            Csv.row(csv, time, zone, metric, value, unit, "withings", id);
        }
    }

    /** A workout's figures, one a row: kind, duration, calories, distance, steps, heart rate, intensity. */
    private static void workout(Writer csv, WorkoutSession w) {
        String id = "withings-workout:" + w.withingsId();
        Instant start = w.start();
        String zone = w.timezone();
        row(csv, start, zone, "workout_category", w.category(), WorkoutKinds.name(w.category()), id);
        row(csv, start, zone, "workout_duration", Duration.between(start, w.end()).toSeconds(), "s", id);
        row(csv, start, zone, "workout_calories", w.calories(), "kcal", id);
        row(csv, start, zone, "workout_distance", w.distanceMeters(), "m", id);
        row(csv, start, zone, "workout_steps", w.steps(), "steps", id);
        row(csv, start, zone, "workout_hr_average", w.hrAverage(), "bpm", id);
        row(csv, start, zone, "workout_hr_max", w.hrMax(), "bpm", id);
        row(csv, start, zone, "workout_intensity", w.intensity(), "", id);
    }

    /** The API's type name, with the body part of a segmental value ({@code segment_fat_mass_torso}). */
    static String metric(MeasurementRecord r) {
        return r.position() == null ? r.type().apiName()
                : r.type().apiName() + "_" + BodyPosition.apiName(r.position());
    }

    /** Withings' AFib classification in words (as the FHIR export names it); an unknown code by its number. */
    private static String afib(int code) {
        return switch (code) {
            case 0 -> "No sign of AFib";
            case 1 -> "Signs of AFib";
            case 2 -> "Inconclusive";
            default -> "Classification " + code;
        };
    }

    private static String source(String model) {
        if (ImportJobs.ARCHIVE_DEVICE.equals(model)) {
            return "withings archive";
        }
        return model == null || model.isBlank() ? "withings" : "withings " + model;
    }
}
