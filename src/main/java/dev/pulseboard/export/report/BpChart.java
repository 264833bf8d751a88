package dev.pulseboard.export.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import dev.pulseboard.health.measure.BpGuideline;

/**
 * The report's chart as inline SVG (so the page and the PDF draw the same thing): every reading's systolic and
 * diastolic value by day on an axis in mmHg, with the guideline's home thresholds (135 and 85 mmHg in ESH 2023) as dashed lines (none on a
 * child's report: they are adults' thresholds, {@link BpReport#young}). A value beyond
 * the axis (under 50 or over 200 mmHg) is a triangle at its edge pointing the way it went, its value in its title;
 * the table has it too.
 */
final class BpChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;
    private static final int MIN = 50;
    private static final int MAX = 200;
    private static final DateTimeFormatter DAY_TICK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR_TICK = DateTimeFormatter.ofPattern("d MMM ''yy", Locale.ENGLISH);

    /** What the chart shows, for a screen reader (page and tagged PDF). */
    static final String LABEL = "Chart of the readings listed below: systolic and diastolic by day";

    /** The label of a chart with the home thresholds' lines of {@code thresholds}, or without (null). */
    static String label(BpGuideline thresholds) {
        return thresholds != null ? LABEL + ", with the " + thresholds.label() + " home thresholds "
                + thresholds.thresholdSystolic() + " and " + thresholds.thresholdDiastolic() + " mmHg" : LABEL;
    }

    private BpChart() {
    }

    static String svg(LocalDate from, LocalDate to, List<BpReading> readings, BpGuideline thresholds) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(label(thresholds)).append("\">");
        for (int mmHg = 60; mmHg <= 180; mmHg += 20) {
            svg.append(line(LEFT, y(mmHg), WIDTH - RIGHT, y(mmHg), "#e3e6ea", null));
        }
        axisLabels(svg);
        if (thresholds != null) {
            svg.append(line(LEFT, y(thresholds.thresholdSystolic()), WIDTH - RIGHT, y(thresholds.thresholdSystolic()),
                    "#b3261e", "6 4"));
            svg.append(line(LEFT, y(thresholds.thresholdDiastolic()), WIDTH - RIGHT,
                    y(thresholds.thresholdDiastolic()), "#1f5fae", "6 4"));
        }
        // A label a day up to two weeks; beyond, about a dozen labels (a day about 40 px wide at most). Days as the
        // rest of the report writes them ("1 Dec": "1/12" reads as 12 January in the US), with the year where the
        // labels skip days across a new year, and then fewer of them.
        boolean years = days > 366 || days > 14 && from.getYear() != to.getYear();
        int every = Math.max(1, (int) Math.ceil(days / (years ? 8.0 : 12.0)));
        DateTimeFormatter label = years ? YEAR_TICK : DAY_TICK;
        for (int d = 0; d < days; d += every) {
            svg.append(text(x(d + 0.5, days), HEIGHT - 12, "middle", label.format(from.plusDays(d))));
        }
        for (BpReading r : readings) {
            double dayOffset = ChronoUnit.DAYS.between(from, r.time().toLocalDate())
                    + r.time().toLocalTime().toSecondOfDay() / 86400.0;
            double x = x(dayOffset, days);
            String opacity = r.counted() ? "1" : "0.35";
            // Diastolic as squares: a report printed in grey, or read by a colour-blind doctor, tells them apart.
            svg.append(point(x, r.systolic(), "#b3261e", opacity, false));
            svg.append(point(x, r.diastolic(), "#1f5fae", opacity, true));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The mmHg axis alone, on white down to the plot's foot (the day labels below show through), as wide as the
     * chart's left margin: the page lays it over the chart's own axis and keeps it in view while a phone scrolls the
     * chart sideways (the PDF has no need of it).
     */
    static String axisSvg() {
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(LEFT).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(LEFT).append(' ').append(HEIGHT)
                .append("\" aria-hidden=\"true\"><rect width=\"").append(LEFT).append("\" height=\"")
                .append(HEIGHT - BOTTOM + 4).append("\" fill=\"#fff\"/>");
        axisLabels(svg);
        return svg.append("</svg>").toString();
    }

    private static void axisLabels(StringBuilder svg) {
        for (int mmHg = 60; mmHg <= 180; mmHg += 20) {
            svg.append(text(LEFT - 4, y(mmHg) + 4, "end", Integer.toString(mmHg)));
        }
        svg.append(text(LEFT - 4, TOP + 8, "end", "mmHg"));
    }

    private static double x(double day, long days) {
        return LEFT + (WIDTH - LEFT - RIGHT) * day / days;
    }

    private static double y(int mmHg) {
        int clamped = Math.max(MIN, Math.min(MAX, mmHg));
        return TOP + (HEIGHT - TOP - BOTTOM) * (MAX - clamped) / (double) (MAX - MIN);
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
                x1, y1, x2, y2, stroke, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    /** Whether a value lies beyond the axis (and is drawn as a triangle at its edge). */
    static boolean offScale(int mmHg) {
        return mmHg < MIN || mmHg > MAX;
    }

    private static String point(double x, int mmHg, String fill, String opacity, boolean square) {
        if (!offScale(mmHg)) {
            return square ? square(x, y(mmHg), fill, opacity) : circle(x, y(mmHg), fill, opacity);
        }
        double edge = y(mmHg);
        double tip = mmHg > MAX ? edge - 5 : edge + 5;
        double base = mmHg > MAX ? edge + 1 : edge - 1;
        return String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\" "
                + "fill-opacity=\"%s\"><title>%d mmHg, off the scale</title></polygon>", x, tip, x - 4, base, x + 4,
                base, fill, opacity, mmHg);
    }

    private static String square(double x, double y, String fill, String opacity) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"5.4\" height=\"5.4\" fill=\"%s\" "
                + "fill-opacity=\"%s\"/>", x - 2.7, y - 2.7, fill, opacity);
    }

    private static String circle(double x, double y, String fill, String opacity) {
        return String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" fill-opacity=\"%s\"/>",
                x, y, fill, opacity);
    }

    private static String text(double x, double y, String anchor, String text) {
        return String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#5b6572\" text-anchor=\"%s\">%s</text>", x, y,
                anchor, text);
    }
}
