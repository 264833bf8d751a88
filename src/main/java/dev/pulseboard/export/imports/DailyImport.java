package dev.pulseboard.export.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.export.csv.WithingsFile;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.SleepNight;

/**
 * {@code sleep.csv} into nights and the {@code aggregates_*.csv} files into activity days, through the store's
 * idempotent writes. A night that starts at the same instant as a stored one, or at the same local time in the zone
 * that one was stored with, or a day already stored, is already there; an earlier import's night at the same local
 * time but another instant (imported in another zone) is replaced ({@link AlreadyStored}). A new night gets an id
 * derived from its start (negative, never one of Withings' ids).
 */
@Component
class DailyImport {

    static final List<WithingsFile> AGGREGATES = List.of(WithingsFile.STEPS, WithingsFile.DISTANCE,
            WithingsFile.CALORIES, WithingsFile.ELEVATION);

    private final DailyData daily;

    DailyImport(DailyData daily) {
        this.daily = daily;
    }

    FileReport sleep(MemberId member, CsvTable table, ZoneId zone) {
        List<SleepNight> nights = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            Instant start = row.instant("from", zone);
            Instant end = row.instant("to", zone);
            Integer light = whole(row.number("light (s)"));
            Integer deep = whole(row.number("deep (s)"));
            Integer rem = whole(row.number("rem (s)"));
            Integer awake = whole(row.number("awake (s)"));
            Integer snoring = whole(row.number("Snoring (s)"));
            Integer hr = whole(row.number("Average heart rate"));
            Integer wakeups = whole(row.number("wake up"));
            Integer toSleep = whole(row.number("Duration to sleep (s)"));
            Integer toWakeUp = whole(row.number("Duration to wake up (s)"));
            Integer snores = whole(row.number("Snoring episodes"));
            Integer hrMin = whole(row.number("Heart rate (min)"));
            Integer hrMax = whole(row.number("Heart rate (max)"));
            if (start != null && end != null) {
                if (!end.isAfter(start)) {
                    table.problem(row.line, "'to' is not after 'from'");
                    continue;
                }
                Integer total = light == null && deep == null && rem == null ? null
                        : (light == null ? 0 : light) + (deep == null ? 0 : deep) + (rem == null ? 0 : rem);
                // A row written with its offset was slept where that offset held: its day and clock are that
                // offset's when the zone chosen for the archive had another one then.
                ZoneId slept = row.zoneAt("to", end, zone);
                nights.add(new SleepNight(-start.getEpochSecond(), LocalDate.ofInstant(end, slept), start, end,
                        slept.getId(), total, light, deep, rem, awake, null, null, hr, null, null, snoring, wakeups,
                        toSleep, toWakeUp, snores, hrMin, hrMax, null));
            }
        }
        if (table.failed()) {
            return FileReport.failed(table.file.fileName(), table.rows.size(), table.problems);
        }
        AlreadyStored<Long> stored = new AlreadyStored<>(zone);
        if (!nights.isEmpty()) {
            // A night's date is the local day it ended, whatever zone it was read in.
            LocalDate first = nights.stream().map(SleepNight::date).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = nights.stream().map(SleepNight::date).max(LocalDate::compareTo).orElseThrow();
            daily.nights(member, first.minusDays(1), last.plusDays(1))
                    .forEach(n -> stored.add(n.withingsId(), n.withingsId(), n.start(), n.timezone(), ""));
        }
        List<SleepNight> fresh = stored.fresh(nights, SleepNight::start, SleepNight::timezone);
        daily.storeNights(member, fresh, stored.replaced());
        return stored.report(table.file.fileName(), nights.size(), fresh.size(), "night");
    }

    /** All aggregate files together (a day is one row of the store); one report per file. */
    List<FileReport> activity(MemberId member, List<CsvTable> tables, ZoneId zone) {
        TreeMap<LocalDate, BigDecimal[]> days = new TreeMap<>();
        List<CsvTable> good = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>();
        for (CsvTable table : tables) {
            int field = AGGREGATES.indexOf(table.file);
            Map<LocalDate, BigDecimal> values = new TreeMap<>();
            for (CsvTable.Row row : table.rows) {
                LocalDate date = row.date("date");
                BigDecimal value = row.number("value");
                if (date != null && value != null) {
                    values.put(date, value);
                }
            }
            if (table.failed()) {
                reports.add(FileReport.failed(table.file.fileName(), table.rows.size(), table.problems));
                continue;
            }
            good.add(table);
            values.forEach((date, v) -> days.computeIfAbsent(date, d -> new BigDecimal[AGGREGATES.size()])[field] = v);
        }
        Set<LocalDate> stored = new HashSet<>();
        if (!days.isEmpty()) {
            LocalDate first = days.firstKey();
            LocalDate last = days.lastKey();
            daily.activity(member, first, last).forEach(d -> stored.add(d.date()));
        }
        List<ActivityDay> fresh = new ArrayList<>();
        days.forEach((date, v) -> {
            if (!stored.contains(date)) {
                fresh.add(new ActivityDay(date, zone.getId(), v[0] == null ? null : v[0].intValue(), v[1], v[3],
                        v[2], null, null, null, null, null, null, null));
            }
        });
        daily.storeActivity(member, fresh);
        for (CsvTable table : good) {
            int field = AGGREGATES.indexOf(table.file);
            long imported = fresh.stream().filter(d -> days.get(d.date())[field] != null).count();
            long rows = days.values().stream().filter(v -> v[field] != null).count();
            reports.add(new FileReport(table.file.fileName(), (int) imported, (int) (rows - imported), 0, List.of()));
        }
        return reports;
    }

    private static Integer whole(BigDecimal value) {
        return value == null ? null : value.intValue();
    }
}
