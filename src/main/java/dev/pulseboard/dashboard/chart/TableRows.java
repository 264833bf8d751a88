package dev.pulseboard.dashboard.chart;

import java.util.function.IntFunction;

/**
 * How many rows a section's tables list: the latest of the range (the default: {@value #LATEST}, or what the table
 * names), or with {@code ?rows=all} every row of the range up to {@value #MOST} (the range's CSV has every one).
 */
public record TableRows(boolean all) {

    public static final int LATEST = 14;
    public static final int MOST = 1000;
    public static final TableRows LATEST_ONLY = new TableRows(false);

    /** {@code "all"} lists every row; anything else, or nothing, the latest. */
    public static TableRows parse(String value) {
        return new TableRows("all".equals(value));
    }

    /** How many rows a table lists when it lists {@code latest} by default. */
    public int limit(int latest) {
        return all ? MOST : latest;
    }

    public int limit() {
        return limit(LATEST);
    }

    /** What a link that keeps this choice adds to its query: {@code "&rows=all"} or nothing. */
    public String query() {
        return all ? "&rows=all" : "";
    }

    /**
     * What to say under a table of {@code shown} of the range's {@code total} rows, with the link to the other
     * choice, or null when the table lists the whole range by default anyway.
     *
     * @param noun the rows' name in the plural ("weigh-ins")
     * @param anchor the id of the table's element, where the link lands
     * @param number writes a count for the viewer ("1,000")
     * @param keep what the link keeps of the page's query besides the range ("&night=2026-01-02"), or ""
     */
    public Count count(int shown, int total, int latest, String noun, String anchor, IntFunction<String> number,
            String keep) {
        if (total <= latest) {
            return null;
        }
        // "of the 62 nights in these days", but "of these 90 days".
        String ofTotal = noun.equals("days") ? " of these " + number.apply(total) + " days"
                : " of the " + number.apply(total) + " " + noun + " in these days";
        if (!all) {
            // The link says what it will list: all of them, or the most a table lists.
            String more = total <= MOST ? "Show all " + number.apply(total)
                    : "Show the latest " + number.apply(MOST) + " (every one is in the CSV)";
            return new Count("The latest " + number.apply(shown) + ofTotal + ".", more, keep + "&rows=all", anchor,
                    false);
        }
        String sentence = shown < total
                ? "The latest " + number.apply(shown) + ofTotal + "; every one is in these days' CSV."
                : "All " + number.apply(total) + " " + noun + (noun.equals("days") ? "" : " of these days")
                        + ", newest first.";
        return new Count(sentence, "Show the latest " + number.apply(latest), keep, anchor, true);
    }

    /**
     * The sentence under a table and its link: {@code query} goes after the page's range ({@code ?range=30d}),
     * {@code anchor} after {@code #}; {@code all} says the table lists every row.
     */
    public record Count(String sentence, String linkText, String query, String anchor, boolean all) {
    }
}
