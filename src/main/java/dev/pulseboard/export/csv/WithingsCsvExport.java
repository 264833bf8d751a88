package dev.pulseboard.export.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;

import dev.pulseboard.account.Member;
import dev.pulseboard.export.ExportRange;
import dev.pulseboard.export.KeepOpen;
import dev.pulseboard.export.MeasureGroups;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.ActivityDetail;

/**
 * A ZIP with the file names and headers of Withings' own data archive ({@link WithingsFile}), so that tools that
 * read Withings' archive read Pulseboard's. Written while read: one pass over the measurements per body file.
 */
@Service
public class WithingsCsvExport {

    private final Measurements measurements;
    private final DailyData daily;
    private final ActivityDetail activity;

    WithingsCsvExport(Measurements measurements, DailyData daily, ActivityDetail activity) {
        this.measurements = measurements;
        this.daily = daily;
        this.activity = activity;
    }

    public void write(Member member, ExportRange range, OutputStream out) {
        Instant from = range.from();
        Instant to = range.to();
        LocalDate firstDay = range.firstDay();
        LocalDate lastDay = range.lastDay();
        try (ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out))) {
            Writer csv = new BufferedWriter(new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8));
            body(zip, csv, member, from, to, WithingsFile.WEIGHT, g -> g.containsKey(MeasurementType.WEIGHT),
                    g -> new Object[] { value(g, MeasurementType.WEIGHT), value(g, MeasurementType.FAT_MASS),
                            value(g, MeasurementType.BONE_MASS), value(g, MeasurementType.MUSCLE_MASS),
                            value(g, MeasurementType.HYDRATION), null });
            body(zip, csv, member, from, to, WithingsFile.BP, g -> g.containsKey(MeasurementType.SYSTOLIC_BP)
                    && g.containsKey(MeasurementType.DIASTOLIC_BP),
                    g -> new Object[] { value(g, MeasurementType.HEART_RATE), value(g, MeasurementType.SYSTOLIC_BP),
                            value(g, MeasurementType.DIASTOLIC_BP), null });
            body(zip, csv, member, from, to, WithingsFile.HEIGHT, g -> g.containsKey(MeasurementType.HEIGHT),
                    g -> new Object[] { value(g, MeasurementType.HEIGHT) });
            body(zip, csv, member, from, to, WithingsFile.PWV,
                    g -> g.containsKey(MeasurementType.PULSE_WAVE_VELOCITY),
                    g -> new Object[] { value(g, MeasurementType.PULSE_WAVE_VELOCITY) });
            start(zip, csv, WithingsFile.SLEEP);
            // Night events stay empty: Withings' archive lists the bed's events there, which the API does not send.
            for (var n : daily.nights(member.id(), firstDay, lastDay)) {
                ZoneId zone = ExportRange.zone(n.timezone());
                Csv.row(csv, iso(n.start(), zone), iso(n.end(), zone), n.lightSeconds(), n.deepSeconds(),
                        n.remSeconds(), n.awakeSeconds(), n.wakeupCount(), n.durationToSleepSeconds(),
                        n.durationToWakeupSeconds(), n.snoringSeconds(), n.snoringEpisodes(), n.hrAverage(),
                        n.hrMin(), n.hrMax(), null);
            }
            List<ActivityDay> days = daily.activity(member.id(), firstDay, lastDay);
            aggregate(zip, csv, WithingsFile.STEPS, days, ActivityDay::steps);
            aggregate(zip, csv, WithingsFile.DISTANCE, days, ActivityDay::distanceMeters);
            aggregate(zip, csv, WithingsFile.CALORIES, days, ActivityDay::activeCalories);
            aggregate(zip, csv, WithingsFile.ELEVATION, days, ActivityDay::elevation);
            start(zip, csv, WithingsFile.ACTIVITIES);
            for (var w : activity.workouts(member.id(), from, to)) {
                ZoneId zone = ExportRange.zone(w.timezone());
                String data = "{\"calories\":" + Csv.field(w.calories()) + ",\"steps\":" + w.steps()
                        + ",\"distance\":" + Csv.field(w.distanceMeters()) + ",\"hr_average\":" + w.hrAverage()
                        + ",\"hr_max\":" + w.hrMax() + ",\"intensity\":" + w.intensity() + "}";
                Csv.row(csv, iso(w.start(), zone), iso(w.end(), zone), null, null, zone.getId(), w.category(),
                        data.replace(":,", ":null,").replace(":}", ":null}"), null,
                        w.modifiedAt() == null ? null : iso(w.modifiedAt(), zone));
            }
            csv.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void body(ZipOutputStream zip, Writer csv, Member member, Instant from, Instant to, WithingsFile file,
            Predicate<Map<MeasurementType, MeasurementRecord>> wanted,
            Function<Map<MeasurementType, MeasurementRecord>, Object[]> values) throws IOException {
        start(zip, csv, file);
        MeasureGroups groups = new MeasureGroups(group -> {
            Map<MeasurementType, MeasurementRecord> byType = group.stream()
                    .collect(Collectors.toMap(MeasurementRecord::type, r -> r, (a, b) -> a));
            if (wanted.test(byType)) {
                MeasurementRecord first = group.get(0);
                Object[] rest = values.apply(byType);
                Object[] row = new Object[rest.length + 1];
                row[0] = WithingsFile.LOCAL.format(first.measuredAt().atZone(ExportRange.zone(first.timeZone())));
                System.arraycopy(rest, 0, row, 1, rest.length);
                Csv.row(csv, row);
            }
        });
        measurements.forEachRecord(member.id(), from, to, groups);
        groups.finish();
    }

    private static <T> void aggregate(ZipOutputStream zip, Writer csv, WithingsFile file, List<ActivityDay> days,
            Function<ActivityDay, T> value) throws IOException {
        start(zip, csv, file);
        for (ActivityDay day : days) {
            T v = value.apply(day);
            if (v != null) {
                Csv.row(csv, day.date(), v);
            }
        }
    }

    private static void start(ZipOutputStream zip, Writer csv, WithingsFile file) throws IOException {
        csv.flush();
        if (file.ordinal() > 0) {
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(file.fileName()));
        Csv.row(csv, file.header().toArray());
    }

    private static Object value(Map<MeasurementType, MeasurementRecord> group, MeasurementType type) {
        MeasurementRecord r = group.get(type);
        return r == null ? null : r.value();
    }

    private static String iso(Instant time, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZone(zone).toOffsetDateTime());
    }
}
