package dev.pulseboard.health.measure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A series of home blood pressures read by the ESH home protocol (7 days, at least 3; two readings a minute apart
 * each morning and evening; the first day of measuring left out of the averages, its readings running high; the
 * average of at least 12 readings): the one rule of the Heart page's home averages and of the doctor's report, so
 * that both give the same averages and the same verdict for the same days. Each reading is on the clock where it was
 * taken, a morning or an evening by {@link DayPeriod}. {@code firstDay}: the series' first day with a reading (null
 * without readings); {@code leftOut}: the first day of measuring, whose readings the averages leave out: the series'
 * first day, unless the member measured on the day before it too (someone who measures every day has no first day in
 * a window of their days; null then, and without readings); {@code home}: the mean of the mornings and evenings
 * counted, {@code other}: of the readings at other hours counted, in no verdict; {@code daysCounted}: the days
 * counted with a reading, {@code daysWithBoth}: those with a morning and an evening reading; {@code overAMonth}: the
 * series runs over more than a month ({@link HomeMean#withinVerdictDays}), no protocol week.
 */
public record HomeSeries(LocalDate firstDay, LocalDate leftOut, HomeMean home, HomeMean morning, HomeMean evening,
        HomeMean other, int daysCounted, int daysWithBoth, boolean overAMonth) {

    /** The fewest days counted with a morning and an evening reading for a verdict. */
    public static final int MIN_DAYS = 3;
    /** The fewest morning and evening readings the verdict's average takes: two of each on three days. */
    public static final int MIN_READINGS = 12;

    /** One reading: its time on the clock where it was taken, and its values in whole mmHg. */
    public record Entry(LocalDateTime time, int systolic, int diastolic) {

        DayPeriod period() {
            return DayPeriod.of(time.toLocalTime());
        }
    }

    /**
     * The series of the readings, in any order; {@code lastDay} ends it (the range's), null: its latest reading's.
     * Nothing is known of the days before it: its first day is left out.
     */
    public static HomeSeries of(List<Entry> readings, LocalDate lastDay) {
        return of(readings, lastDay, Set.of());
    }

    /**
     * The series of the readings, in any order; {@code lastDay} ends it (the range's), null: its latest reading's;
     * {@code daysBefore}: the days before the series on which the member measured (on the clock where each reading
     * was taken; a caller reads at least the day before the series' range): measuring on the day before its first day
     * goes on into the series, whose first day then counts.
     */
    public static HomeSeries of(List<Entry> readings, LocalDate lastDay, Set<LocalDate> daysBefore) {
        LocalDate first = readings.stream().map(e -> e.time().toLocalDate()).min(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return new HomeSeries(null, null, HomeMean.NONE, HomeMean.NONE, HomeMean.NONE, HomeMean.NONE, 0, 0,
                    false);
        }
        LocalDate last = lastDay != null ? lastDay
                : readings.stream().map(e -> e.time().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        LocalDate leftOut = daysBefore.contains(first.minusDays(1)) ? null : first;
        List<Entry> counted = readings.stream().filter(e -> !e.time().toLocalDate().equals(leftOut)).toList();
        Map<LocalDate, Set<DayPeriod>> periods = counted.stream().collect(Collectors.groupingBy(
                e -> e.time().toLocalDate(), Collectors.mapping(Entry::period, Collectors.toSet())));
        int both = (int) periods.values().stream()
                .filter(p -> p.contains(DayPeriod.MORNING) && p.contains(DayPeriod.EVENING)).count();
        return new HomeSeries(first, leftOut,
                mean(counted, Set.of(DayPeriod.MORNING, DayPeriod.EVENING)), mean(counted, Set.of(DayPeriod.MORNING)),
                mean(counted, Set.of(DayPeriod.EVENING)), mean(counted, Set.of(DayPeriod.OTHER)), periods.size(), both,
                !HomeMean.withinVerdictDays(first, last));
    }

    private static HomeMean mean(List<Entry> entries, Set<DayPeriod> periods) {
        List<Entry> in = entries.stream().filter(e -> periods.contains(e.period())).toList();
        return HomeMean.of(in.stream().mapToInt(Entry::systolic).toArray(),
                in.stream().mapToInt(Entry::diastolic).toArray());
    }

    /** Whether a reading at this time (on its own clock) counts: not on the first day of measuring. */
    public boolean counted(LocalDateTime time) {
        return !time.toLocalDate().equals(leftOut);
    }

    /**
     * Enough for the protocol's verdict: morning and evening readings on at least {@value #MIN_DAYS} days counted
     * (after the first day of measuring), and at least {@value #MIN_READINGS} of them: six single mornings and
     * evenings are not a home series.
     */
    public boolean enough() {
        return daysWithBoth >= MIN_DAYS && home.count() >= MIN_READINGS;
    }

    /** The verdict's rule: enough readings, over a month at most, of a member old enough for the adult threshold. */
    public boolean judged(boolean young) {
        return enough() && !overAMonth && !young;
    }

    /** What the protocol asks and what the series has, when it has too little for a verdict. */
    public String tooFew() {
        return "Morning and evening readings on at least " + MIN_DAYS + " days"
                + (leftOut != null ? " after the first day of measuring, " : ", ") + MIN_READINGS
                + " readings at least (two each morning and evening), are needed; "
                + (daysWithBoth == 1 ? "1 day has" : daysWithBoth + " days have") + " both, with "
                + (home.count() == 1 ? "1 reading." : home.count() + " readings.");
    }
}
