package dev.pulseboard.export.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.stereotype.Service;

import dev.pulseboard.account.Member;
import dev.pulseboard.export.ExportRange;
import dev.pulseboard.export.KeepOpen;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.Measurements;

/**
 * One long ("tidy") CSV of everything: {@code time_utc, time_zone, metric, value, unit, source, external_id}, one
 * value per row, for spreadsheets and data tools. Metrics are the API's measurement type names plus {@code sleep_*}
 * (seconds, score) and the daily activity totals; {@code external_id} is Withings' id of the reading.
 */
@Service
public class TidyCsvExport {

    static final String[] HEADER = { "time_utc", "time_zone", "metric", "value", "unit", "source", "external_id" };

    private final Measurements measurements;
    private final DailyData daily;

    TidyCsvExport(Measurements measurements, DailyData daily) {
        this.measurements = measurements;
        this.daily = daily;
    }

    /** Writes the measurements of the range's instants, and the nights and activity days of its days. */
    public void write(Member member, ExportRange range, OutputStream out) {
        Writer csv = new BufferedWriter(new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8));
        Csv.row(csv, (Object[]) HEADER);
        measurements.forEachRecord(member.id(), range.from(), range.to(), r -> Csv.row(csv, r.measuredAt(),
                r.timeZone(), r.type().apiName(), r.value(), r.type().unit(), source(r.model()),
                "withings-measure:" + r.groupId() + ":" + r.type().withingsCode()));
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

    private static String source(String model) {
        return model == null || model.isBlank() ? "withings" : "withings " + model;
    }
}
