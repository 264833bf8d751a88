package dev.pulseboard.export.report;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import dev.pulseboard.account.Member;
import dev.pulseboard.core.Days;
import dev.pulseboard.core.TimeWindow;
import dev.pulseboard.core.Zones;
import dev.pulseboard.export.ExportRange;
import dev.pulseboard.export.MeasureGroups;
import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.health.measure.DayPeriod;
import dev.pulseboard.health.measure.HomeMean;
import dev.pulseboard.health.measure.HomeSeries;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.EcgStrip;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.sync.MemberZones;

/**
 * Builds the home blood-pressure report: the window the member chose (default: the latest complete 7 days up to
 * the last day with a reading; never past the member's today, in the member's time zone, {@link MemberZones}), the
 * readings on the clock where each was taken (its own zone, the member's when it has none: the Heart page's rule, so
 * that a week of New York mornings stays a week of mornings after the member moved to Tokyo), the ESH averages and
 * what is missing.
 */
@Service
public class BpReports {

    /** Windows up to this many days after the first list their gaps day by day. */
    static final int LISTED_DAYS = HomeMean.VERDICT_DAYS;
    /** The gaps' days as the report's table and heading write theirs (the report is in English). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** How far from a reading the ECG a BPM Core recorded with it may be (both are one session of the cuff). */
    static final Duration SAME_SESSION = Duration.ofMinutes(5);

    private final Measurements measurements;
    private final Recordings recordings;
    private final MemberZones zones;
    private final Clock clock;

    BpReports(Measurements measurements, Recordings recordings, MemberZones zones, Clock clock) {
        this.measurements = measurements;
        this.recordings = recordings;
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * {@code from}/{@code to}: local dates, inclusive, of the years {@link Days} allows (its parsing refuses others);
     * null for the default window. {@code guideline}: what the averages and readings are read against.
     */
    public BpReport report(Member member, LocalDate from, LocalDate to, BpGuideline guideline) {
        ZoneId zone = zones.of(member.id());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate asked = to != null ? to : from != null ? from.plusDays(BpReport.PROTOCOL_DAYS - 1)
                : lastDayWithReadings(member, zone, today.minusDays(1));
        if (from == null) {
            from = asked.minusDays(BpReport.PROTOCOL_DAYS - 1);
        }
        if (from.isAfter(asked)) {
            throw new IllegalArgumentException(TimeWindow.INVERTED);
        }
        ExportRange.startsByToday("report", from, today, zone, "there are no readings yet.");
        // No day after today: it has no readings yet, and is no gap to fill. Today itself is not over: its readings
        // count, but what it still lacks is no gap either (the gap list below stops at yesterday).
        to = asked.isAfter(today) ? today : asked;

        LocalDate windowFrom = from;
        LocalDate windowTo = to;
        // The window's days are the readings' own local days: read every instant they can span, in any zone, and the
        // day before, which says whether measuring went on into the window (its first day then counts).
        Instant earliest = from.minusDays(1).atStartOfDay(ZoneOffset.MAX).toInstant();
        Instant latest = to.plusDays(1).atStartOfDay(ZoneOffset.MIN).toInstant();
        // The ECGs of the window's readings and days only: the day before tells the averages nothing else.
        List<EcgStrip> ecgs = recordings.ecgs(member.id(),
                from.atStartOfDay(ZoneOffset.MAX).toInstant().minus(SAME_SESSION), latest.plus(SAME_SESSION));
        List<BpReading> read = new ArrayList<>();
        Set<LocalDate> daysBefore = new HashSet<>();
        Set<Long> ecgsWithReadings = new HashSet<>();
        Map<String, Integer> devices = new LinkedHashMap<>();
        MeasureGroups groups = new MeasureGroups(group -> {
            MeasurementRecord s = find(group, MeasurementType.SYSTOLIC_BP);
            MeasurementRecord d = find(group, MeasurementType.DIASTOLIC_BP);
            if (s == null || d == null) {
                return;
            }
            MeasurementRecord p = find(group, MeasurementType.HEART_RATE);
            ZoneId taken = Zones.named(s.timeZone()).orElse(zone);
            LocalDateTime local = LocalDateTime.ofInstant(s.measuredAt(), taken);
            if (local.toLocalDate().isBefore(windowFrom)) {
                daysBefore.add(local.toLocalDate());
                return;
            }
            if (local.toLocalDate().isAfter(windowTo)) {
                return;
            }
            Optional<EcgStrip> ecg = sameSession(s.measuredAt(), whole(s), whole(d), ecgs);
            ecg.ifPresent(e -> ecgsWithReadings.add(e.signalId()));
            read.add(new BpReading(local, whole(s), whole(d), p == null ? null : whole(p), true,
                    taken.equals(zone) ? null : taken.getId(), ecg.map(EcgStrip::afib).orElse(null)));
            if (s.model() != null && !s.model().isBlank()) {
                devices.merge(s.model(), 1, Integer::sum);
            }
        });
        measurements.forEachRecord(member.id(), earliest, latest, groups);
        groups.finish();
        // The protocol leaves out the first day of measuring (readings then run high): the window's first day with
        // readings, not its first day as chosen, which may have none; no day when measuring went on from the day
        // before.
        HomeSeries series = HomeSeries.of(read.stream().map(BpReading::entry).toList(), to, daysBefore);
        LocalDate measuredFirst = series.firstDay() != null ? series.firstDay() : from;
        List<BpReading> readings = read.stream().map(r -> new BpReading(r.time(), r.systolic(), r.diastolic(),
                r.pulse(), series.counted(r.time()), r.zone(), r.afib())).toList();
        // Gaps are the series' own: the days after its first day of measuring, not the days before it in the window.
        return new BpReport(member.name(), member.birthDate(), member.reportNote(), zone, from, to,
                to.equals(asked) ? null : asked,
                devices.isEmpty() ? "not recorded" : String.join(", ", devices.keySet()), readings, series,
                missing(measuredFirst, to.equals(today) ? today.minusDays(1) : to, readings, series),
                BpChart.svg(from, to, readings, BpReport.young(member.birthDate(), from, readings) ? null : guideline),
                clock.instant(), ecgsApart(ecgs, ecgsWithReadings, from, to, zone), guideline);
    }

    /**
     * The protocol's gaps day by day from {@code from} (the first day of measuring, or the window's first day without
     * readings) to {@code to}, the first day of measuring left out when the series leaves it out; days in a row
     * without any reading are one line, so that a long window without readings says so once instead of once a day.
     */
    static List<String> missing(LocalDate from, LocalDate to, List<BpReading> readings, HomeSeries series) {
        List<String> missing = new ArrayList<>();
        if (!series.enough()) {
            missing.add(series.tooFew());
        }
        Map<LocalDate, List<BpReading>> byDay = new TreeMap<>();
        readings.forEach(r -> byDay.computeIfAbsent(r.time().toLocalDate(), d -> new ArrayList<>()).add(r));
        LocalDate checked = series.leftOut() != null ? from.plusDays(1) : from;
        long after = ChronoUnit.DAYS.between(checked, to) + 1;
        if (after > LISTED_DAYS) {
            // A window longer than a month is not one protocol week: its gaps are counted, not listed day by day.
            long empty = 0;
            long partial = 0;
            for (LocalDate day = checked; !day.isAfter(to); day = day.plusDays(1)) {
                List<BpReading> of = byDay.getOrDefault(day, List.of());
                empty += of.isEmpty() ? 1 : 0;
                partial += !of.isEmpty() && (in(of, DayPeriod.MORNING).size() < 2
                        || in(of, DayPeriod.EVENING).size() < 2) ? 1 : 0;
            }
            if (empty + partial > 0) {
                missing.add("Of the " + after + " days" + (checked.equals(from) ? "" : " after the first") + ": "
                        + empty + " without readings, " + partial
                        + " with fewer than two morning and two evening readings (the protocol asks for two of each,"
                        + " a minute apart, on 7 days in a row). Choose a week for the day-by-day list.");
            }
            return missing;
        }
        LocalDate emptySince = null;
        for (LocalDate day = checked; !day.isAfter(to); day = day.plusDays(1)) {
            List<BpReading> of = byDay.getOrDefault(day, List.of());
            if (of.isEmpty()) {
                emptySince = emptySince == null ? day : emptySince;
                continue;
            }
            if (emptySince != null) {
                missing.add(noReadings(emptySince, day.minusDays(1)));
                emptySince = null;
            }
            int mornings = in(of, DayPeriod.MORNING).size();
            int evenings = in(of, DayPeriod.EVENING).size();
            if (mornings < 2 || evenings < 2) {
                missing.add(DAY.format(day) + ": " + readings(mornings, "morning") + " and "
                        + readings(evenings, "evening") + " (the protocol asks for two of each, a minute apart).");
            }
        }
        if (emptySince != null) {
            missing.add(noReadings(emptySince, to));
        }
        return missing;
    }

    /**
     * Withings' AFib classification of the ECG a BPM Core recorded with a reading: one of the same session (within
     * {@link #SAME_SESSION}) that carries the same blood pressure; null when there is none (a watch's ECG carries no
     * blood pressure and is no reading's).
     */
    static Integer afib(Instant measured, int systolic, int diastolic, List<EcgStrip> ecgs) {
        return sameSession(measured, systolic, diastolic, ecgs).map(EcgStrip::afib).orElse(null);
    }

    /** The ECG a BPM Core recorded with a reading, as {@link #afib} finds it. */
    static Optional<EcgStrip> sameSession(Instant measured, int systolic, int diastolic, List<EcgStrip> ecgs) {
        return ecgs.stream().filter(e -> e.afib() != null && e.systole() != null && e.diastole() != null)
                .filter(e -> e.systole() == systolic && e.diastole() == diastolic)
                .filter(e -> Duration.between(e.time(), measured).abs().compareTo(SAME_SESSION) <= 0)
                .min(Comparator.comparing(e -> Duration.between(e.time(), measured).abs()));
    }

    /**
     * The ECGs of the window's days recorded apart from any reading (a watch's, or a BPM Core's without a reading)
     * whose device found them not clear, each a line ("Tue 24 Nov 07:10: signs of AFib"), after a line that counts
     * them all; empty without any. A doctor reading a blood-pressure report would want to know of such a tracing.
     */
    static List<String> ecgsApart(List<EcgStrip> ecgs, Set<Long> withReadings, LocalDate from, LocalDate to,
            ZoneId zone) {
        List<EcgStrip> apart = ecgs.stream().filter(e -> !withReadings.contains(e.signalId()))
                .filter(e -> {
                    LocalDate day = LocalDate.ofInstant(e.time(), zone);
                    return !day.isBefore(from) && !day.isAfter(to);
                }).sorted(Comparator.comparing(EcgStrip::time)).toList();
        if (apart.isEmpty()) {
            return List.of();
        }
        List<EcgStrip> unclear = apart.stream().filter(e -> e.afib() != null && e.afib() != 0).toList();
        List<String> lines = new ArrayList<>();
        lines.add((apart.size() == 1 ? "1 ECG was" : apart.size() + " ECGs were") + " recorded in these days apart "
                + "from the readings: " + (unclear.isEmpty() ? "the device found no sign of AFib in "
                        + (apart.size() == 1 ? "it." : "any.")
                        : unclear.size() + " not clear, below."));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
        unclear.forEach(e -> lines.add(when.format(e.time().atZone(zone)) + ": "
                + (e.afib() == 1 ? "signs of AFib" : "inconclusive")));
        return lines;
    }

    /** A value to the nearest whole unit, halves up, as the Heart page averages it (an archive may hold 134.9). */
    private static int whole(MeasurementRecord record) {
        return record.value().setScale(0, RoundingMode.HALF_UP).intValue();
    }

    private static List<BpReading> in(List<BpReading> readings, DayPeriod period) {
        return readings.stream().filter(r -> r.dayPeriod() == period).toList();
    }

    /** "1 morning reading", "0 evening readings". */
    private static String readings(int count, String period) {
        return count + " " + period + (count == 1 ? " reading" : " readings");
    }

    private static String noReadings(LocalDate first, LocalDate last) {
        return first.equals(last) ? DAY.format(first) + ": no readings."
                : DAY.format(first) + " to " + DAY.format(last) + " (" + (ChronoUnit.DAYS.between(first, last) + 1)
                        + " days): no readings.";
    }

    /** The member's last day with a blood-pressure reading, if before {@code latest}; else {@code latest}. */
    private LocalDate lastDayWithReadings(Member member, ZoneId zone, LocalDate latest) {
        return measurements.latest(member.id(), MeasurementType.SYSTOLIC_BP)
                .map(r -> LocalDate.ofInstant(r.time(), zone)).filter(d -> d.isBefore(latest)).orElse(latest);
    }

    private static MeasurementRecord find(List<MeasurementRecord> group, MeasurementType type) {
        return group.stream().filter(r -> r.type() == type).findFirst().orElse(null);
    }
}
