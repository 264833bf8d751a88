package dev.pulseboard.export.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.pulseboard.export.imports.ImportJobs;
import dev.pulseboard.health.measure.AdultCategories;
import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.health.measure.DayPeriod;
import dev.pulseboard.health.measure.HomeMean;
import dev.pulseboard.health.measure.HomeSeries;

/**
 * The home blood-pressure report of one member and window (the ESH 2023 home protocol: 7 days, at least 3; morning
 * and evening, two readings a minute apart; the first day left out of the averages): averages first, the category
 * against the home threshold, the chart, the readings, and what is missing for a complete report. Its window is in
 * {@code zone}, the member's, and so are its readings but those taken elsewhere ({@link BpReading#zone()});
 * {@code askedTo} is the last day asked for when the window was cut at the member's today ({@code to}), null when it
 * was not. {@code series}: the readings read by the home protocol ({@link HomeSeries}, the Heart page's rule too):
 * its {@code home} is the protocol's average, of the morning and evening readings; its {@code other} that of the
 * readings at other hours, shown apart and in no verdict. {@code ecgsApart}: the ECGs of the window recorded apart
 * from its readings, a line counting them and one for each the device found not clear (none without any). {@code
 * note}: the member's note for the doctor, null for
 * none.
 */
public record BpReport(String memberName, LocalDate birthDate, String note, ZoneId zone, LocalDate from, LocalDate to,
        LocalDate askedTo, String device, List<BpReading> readings, HomeSeries series, List<String> missing,
        String chartSvg, Instant generatedAt, List<String> ecgsApart, BpGuideline guideline) {

    /** A report without ECGs recorded apart from its readings, read against ESH 2023. */
    public BpReport(String memberName, LocalDate birthDate, String note, ZoneId zone, LocalDate from, LocalDate to,
            LocalDate askedTo, String device, List<BpReading> readings, HomeSeries series, List<String> missing,
            String chartSvg, Instant generatedAt) {
        this(memberName, birthDate, note, zone, from, to, askedTo, device, readings, series, missing, chartSvg,
                generatedAt, List.of(), BpGuideline.ESH_2023);
    }

    public static final int PROTOCOL_DAYS = 7;
    /** The longest window, in weeks, whose week-by-week averages the report lists: half a year. */
    public static final int MOST_WEEKS = 26;
    static final int FOOT_NAME = 32;

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** Whether every reading came from an imported Withings archive: someone's own, even in demo mode. */
    public boolean onlyImported() {
        return device.equals(ImportJobs.ARCHIVE_DEVICE);
    }

    /** The chart's mmHg axis alone, which the page keeps in view while the chart scrolls sideways on a phone. */
    public String chartAxisSvg() {
        return BpChart.axisSvg();
    }

    /** The chart for the PDF: its text alternative also as {@code alt}, which a tagged PDF's figure takes. */
    public String chartPdfSvg() {
        return chartSvg.replaceFirst("<svg ", "<svg alt=\"" + BpChart.label(young() ? null : guideline) + "\" ");
    }

    /** The rows' headings, by the one morning and evening rule ({@link DayPeriod}). */
    public String morningLabel() {
        return DayPeriod.MORNING.label();
    }

    public String eveningLabel() {
        return DayPeriod.EVENING.label();
    }

    public String timeZone() {
        return zone.getId();
    }

    /** When the report was made, in its own zone, named: "3 December 2026 at 14:05 (Europe/Paris)". */
    public String generatedText() {
        return GENERATED.format(generatedAt.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** Whether the window asked for ran past the member's today and ends there instead. */
    public boolean cut() {
        return askedTo != null;
    }

    public boolean empty() {
        return readings.isEmpty();
    }

    /**
     * The mean pulse of an average's row, in whole bpm (halves up), of the readings it averages that have one:
     * {@code row} is "home" (morning and evening), "morning", "evening" or "other"; an en dash when none has a pulse.
     */
    public String pulse(String row) {
        List<Integer> pulses = readings.stream().filter(BpReading::counted).filter(r -> r.pulse() != null)
                .filter(r -> row.equals("home") ? r.dayPeriod() != DayPeriod.OTHER : r.period().equals(row))
                .map(BpReading::pulse).toList();
        if (pulses.isEmpty()) {
            return "\u2013";
        }
        long sum = pulses.stream().mapToLong(Integer::longValue).sum();
        return Long.toString(Math.floorDiv(2 * sum + pulses.size(), 2L * pulses.size()));
    }

    /** Whether a value lies beyond the chart's axis, drawn as a triangle at its edge (the legend then says so). */
    public boolean offScale() {
        return readings.stream().anyMatch(r -> BpChart.offScale(r.systolic()) || BpChart.offScale(r.diastolic()));
    }

    /** How many readings an ECG recorded with them found irregular (signs of atrial fibrillation, or inconclusive). */
    public long irregularReadings() {
        return readings.stream().filter(BpReading::irregular).count();
    }

    /**
     * The readings an ECG recorded with them found irregular, each kind counted apart: "1 reading was taken with an ECG
     * the device found inconclusive", "2 readings were taken with an ECG that showed signs of atrial fibrillation and
     * 1 with one the device found inconclusive".
     */
    public String irregularText() {
        long afib = readings.stream().filter(r -> r.afib() != null && r.afib() == 1).count();
        long inconclusive = irregularReadings() - afib;
        String signs = "an ECG that showed signs of atrial fibrillation";
        String unsure = "an ECG the device found inconclusive";
        if (afib > 0 && inconclusive > 0) {
            return readingsWere(afib) + " taken with " + signs + " and " + inconclusive + " with one the device found "
                    + "inconclusive";
        }
        return readingsWere(afib > 0 ? afib : inconclusive) + " taken with " + (afib > 0 ? signs : unsure);
    }

    private static String readingsWere(long n) {
        return n == 1 ? "1 reading was" : n + " readings were";
    }

    /** Whether a reading was taken in another zone than the report's (it is then shown on that zone's clock). */
    public boolean takenElsewhere() {
        return readings.stream().anyMatch(r -> r.zone() != null);
    }

    /**
     * The first day of measuring, whose readings the averages leave out; null when none is: without readings, or
     * when the member measured on the day before the report's first day too (measuring went on into the window).
     */
    public LocalDate leftOut() {
        return series.leftOut();
    }

    /** Measuring went on from the day before the report's first day: every day of the window counts. */
    public boolean goesOn() {
        return series.firstDay() != null && series.leftOut() == null;
    }

    /** The days the home average takes its readings from: mornings and evenings after the first day. */
    public long homeDays() {
        return readings.stream().filter(r -> r.counted() && r.dayPeriod() != DayPeriod.OTHER)
                .map(r -> r.time().toLocalDate()).distinct().count();
    }

    /**
     * A window's 7 days from {@code first} to {@code last}, the home average of its counted readings and on how many
     * days they were taken.
     */
    public record Week(LocalDate first, LocalDate last, HomeMean home, int dayCount) {

        /** "Sun 1 Nov to Sat 7 Nov". */
        public String days() {
            return SHORT_DAY.format(first) + " to " + SHORT_DAY.format(last);
        }

        /** Fewer readings than the protocol's average takes ({@value HomeSeries#MIN_READINGS}): shown in grey. */
        public boolean few() {
            return home.count() < HomeSeries.MIN_READINGS;
        }
    }

    /**
     * A window over more than {@value #PROTOCOL_DAYS} days, 7 days at a time from its first day (the last block may be
     * shorter): each block's home average (the morning and evening readings after the first day of measuring), so that
     * a doctor sees how the readings moved, after a change of treatment say. Empty for a window of 7 days or less, and
     * for one of more than {@value #MOST_WEEKS} weeks (a table of years of weeks is no trend to read).
     */
    public List<Week> weeks() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days <= PROTOCOL_DAYS || days > (long) MOST_WEEKS * PROTOCOL_DAYS) {
            return List.of();
        }
        List<Week> weeks = new ArrayList<>();
        for (LocalDate first = from; !first.isAfter(to); first = first.plusDays(PROTOCOL_DAYS)) {
            LocalDate start = first;
            LocalDate last = first.plusDays(PROTOCOL_DAYS - 1).isAfter(to) ? to : first.plusDays(PROTOCOL_DAYS - 1);
            List<BpReading> in = readings.stream().filter(r -> r.counted() && r.dayPeriod() != DayPeriod.OTHER)
                    .filter(r -> !r.time().toLocalDate().isBefore(start) && !r.time().toLocalDate().isAfter(last))
                    .toList();
            weeks.add(new Week(start, last, HomeMean.of(in.stream().mapToInt(BpReading::systolic).toArray(),
                    in.stream().mapToInt(BpReading::diastolic).toArray()),
                    (int) in.stream().map(r -> r.time().toLocalDate()).distinct().count()));
        }
        return weeks;
    }

    /**
     * What the home average holds: "morning and evening", or "mornings only" / "evenings only" when the other has no
     * reading, so that a doctor does not take a mean of mornings for the protocol's.
     */
    public String homeLabel() {
        if (morning().present() == evening().present()) {
            return "morning and evening";
        }
        return morning().present() ? "mornings only" : "evenings only";
    }

    /** The protocol's average: the morning and evening readings after the first day. */
    public HomeMean home() {
        return series.home();
    }

    public HomeMean morning() {
        return series.morning();
    }

    public HomeMean evening() {
        return series.evening();
    }

    /** The readings at other hours after the first day: shown apart, in no verdict. */
    public HomeMean other() {
        return series.other();
    }

    /** The days after the first day of measuring with a reading. */
    public int daysCounted() {
        return series.daysCounted();
    }

    /** The series runs over more than a month: no protocol week, no verdict. */
    public boolean overAMonth() {
        return series.overAMonth();
    }

    /**
     * Enough for the protocol's verdict ({@link HomeSeries#enough()}). Fewer, and the averages are shown for
     * information only, with no category: six single mornings are not a home blood-pressure series.
     */
    public boolean enough() {
        return series.enough();
    }

    /**
     * The category applies: enough readings, over no more than a month (five years of mornings are no protocol week),
     * of a member old enough for the adult threshold on every day the averages count ({@link #young()}).
     */
    public boolean verdict() {
        return series.judged(young());
    }

    /**
     * Whether the member was under the age the adult home threshold applies from ({@link AdultCategories}) on a day
     * the averages count (the first day of measuring is left out; without any counted reading, the report's first
     * day): a child's home readings are read on percentiles of age, sex and height, which the report does not
     * compute, so it gives no verdict, marks no value against the threshold and draws no threshold line. Unknown
     * without a date of birth (then: false).
     */
    public boolean young() {
        return young(birthDate, from, readings);
    }

    /**
     * Whether a reading's systolic value is marked at or above the home threshold, as far as its own day goes: not for
     * a reading taken before the age the threshold applies from (the first day of measuring, which the averages leave
     * out, may fall before the birthday). A report that gives no verdict for age ({@link #young()}) marks none: the
     * page asks that once, not once a reading.
     */
    public boolean systolicMarked(BpReading r) {
        return r.systolic() >= guideline.thresholdSystolic() && adultOn(r);
    }

    /** {@link #systolicMarked} for the diastolic value. */
    public boolean diastolicMarked(BpReading r) {
        return r.diastolic() >= guideline.thresholdDiastolic() && adultOn(r);
    }

    /**
     * Whether a reading is at the level of the guideline's highest mark (180/110 or more; AHA/ACC: over 180/120): very
     * high at any age, and named so beside it, for a doctor should hear of it whatever the averages say.
     */
    public boolean veryHigh(BpReading r) {
        return guideline.veryHighAtAnyAge(r.systolic(), r.diastolic()) != null;
    }

    /**
     * "2 readings were at the guideline's highest level (180/110 or more): Tue 1 Dec 07:10, 185/100; ...", or null
     * without any.
     */
    public String veryHighText() {
        List<BpReading> high = readings.stream().filter(this::veryHigh).toList();
        if (high.isEmpty()) {
            return null;
        }
        BpGuideline.Mark highest = guideline.marks().get(guideline.marks().size() - 1);
        StringBuilder text = new StringBuilder(high.size() == 1 ? "1 reading was" : high.size() + " readings were")
                .append(" at the level of the ").append(guideline.label()).append(" guideline's highest mark (")
                .append(highest.bounds()).append("), which a doctor should hear of at any age: ");
        for (int i = 0; i < high.size(); i++) {
            BpReading r = high.get(i);
            text.append(i == 0 ? "" : "; ").append(SHORT_DAY.format(r.time())).append(' ')
                    .append(String.format(Locale.ROOT, "%02d:%02d", r.time().getHour(), r.time().getMinute()))
                    .append(", ").append(r.systolic()).append('/').append(r.diastolic());
        }
        return text.append('.').toString();
    }

    /** Whether a mean is at or above the guideline's home threshold (marked in bold red, not a verdict alone). */
    public boolean high(HomeMean mean) {
        return mean.atOrAbove(guideline);
    }

    private boolean adultOn(BpReading r) {
        return new AdultCategories(birthDate).bloodPressure(r.time().toLocalDate());
    }

    /** {@link #young()} of a member born on {@code birthDate} (null: unknown) for a report from {@code from}. */
    static boolean young(LocalDate birthDate, LocalDate from, List<BpReading> readings) {
        AdultCategories adults = new AdultCategories(birthDate);
        List<BpReading> counted = readings.stream().filter(BpReading::counted).toList();
        return counted.isEmpty() ? !adults.bloodPressure(from)
                : counted.stream().anyMatch(r -> !adults.bloodPressure(r.time().toLocalDate()));
    }

    /** The age the adult home threshold applies from. */
    public int adultFrom() {
        return AdultCategories.BLOOD_PRESSURE_FROM;
    }

    /**
     * What every printed page says at its foot, so that a loose page still names whose readings they are and when:
     * "Home blood pressure of Alex (born 2 April 1980), 26 November 2026 to 2 December 2026" (and that they are made
     * up, in demo mode).
     */
    public String pageFoot(boolean demo) {
        return "Home blood pressure of " + footName() + footAfterName(demo);
    }

    /**
     * What the foot says after the name: ", 26 November 2026 to 2 December 2026". The page writes the name apart,
     * isolated, so that a right-to-left name does not pull the comma and the day after it into its own run.
     */
    public String footAfterName(boolean demo) {
        return (birthDate == null ? "" : " (" + born() + ")") + ", " + DAY.format(from) + " to " + DAY.format(to)
                + (demo ? " (demo data, made up)" : "");
    }

    /**
     * The name in the foot, cut to {@value #FOOT_NAME} columns with an ellipsis (a Chinese, Japanese or Korean letter
     * is two columns wide): a longer one would wrap the foot onto the page number beside it (the first page's heading
     * has the whole name).
     */
    public String footName() {
        int[] points = memberName.codePoints().toArray();
        int columns = 0;
        for (int c : points) {
            columns += columns(c);
        }
        if (columns <= FOOT_NAME) {
            return memberName;
        }
        int kept = 0;
        for (int used = 0; kept < points.length && used + columns(points[kept]) <= FOOT_NAME - 1; kept++) {
            used += columns(points[kept]);
        }
        return new String(points, 0, kept).strip() + "\u2026";
    }

    private static int columns(int c) {
        return wide(c) ? 2 : 1;
    }

    /** A letter of the scripts set in full-width columns: Han, kana, Hangul, and the full-width forms. */
    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F);
    }

    /** The note's lines, each printed as a paragraph of its own direction; none without a note. */
    public List<String> noteLines() {
        return note == null ? List.of() : List.of(note.split("\n", -1));
    }

    /** "born 2 April 1980", or null when no date of birth was entered. */
    public String born() {
        return birthDate == null ? null : "born " + DAY.format(birthDate);
    }

    /**
     * {@link #pageFoot} as a CSS string, quoted, for a stylesheet's {@code content}: quotes, backslashes and anything
     * outside plain printable ASCII written as CSS escapes, so that no name can end the string or the style element.
     */
    public String pageFootCss(boolean demo) {
        StringBuilder css = new StringBuilder("\"");
        // The name between a first-strong isolate and its end (U+2068, U+2069), as the PDF's foot isolates it.
        ("Home blood pressure of \u2068" + footName() + "\u2069" + footAfterName(demo)).codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '<' && c != '>') {
                css.appendCodePoint(c);
            } else {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return css.append('"').toString();
    }

    /** What the protocol asks and what the series has, when it has too little for a verdict. */
    public String tooFew() {
        return series.tooFew();
    }

    /** The category named with its guideline, read on the home average as shown; only meaningful with {@link #verdict()}. */
    public String category() {
        String threshold = "the " + guideline.label() + " home threshold (" + guideline.threshold() + " mmHg)";
        if (!high(home())) {
            return "Below " + threshold;
        }
        return "At or above " + threshold + ": consistent with hypertension on home readings"
                + guideline.stage(home()).map(stage -> ", " + stage).orElse("");
    }
}
