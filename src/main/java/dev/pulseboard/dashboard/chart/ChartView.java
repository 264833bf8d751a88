package dev.pulseboard.dashboard.chart;

import org.unbescape.html.HtmlEscape;

/**
 * One chart of a section: its element id, its accessible description, how many readings its first series has in the range, how many of them are
 * drawn (after downsampling), and the chart's HTML element, which carries its accessible description and the JSON the
 * page script draws ({@code {"y": axis name, "series": [{"name", "color", "dashed", "data": [[ms, value], ...]}],
 * "bands": [...]}}).
 * <p>
 * The element is written once, here, with the escaping Thymeleaf gives attributes: a section kept by the page cache
 * then costs no escaping of its chart JSON (most of a five-year page) on each request. The JSON is kept only inside
 * the element, so a cached section holds it once.
 *
 * @param element {@code <div class="chart" id role="img" data-chart data-points aria-label></div>}
 */
public record ChartView(String id, String description, int readings, int drawn, String element) {

    private static final String DATA_CHART = "data-chart=\"";

    public ChartView(String id, String description, String json, int readings, int drawn) {
        this(id, description, json, readings, drawn, "");
    }

    /** With what a screen reader should hear of the figures ("Weight: lowest 79.1, highest 88, latest 80.7"). */
    public ChartView(String id, String description, String json, int readings, int drawn, String summary) {
        this(id, description, readings, drawn, element(id, description, json, readings, drawn, summary));
    }

    public boolean hasData() {
        return readings > 0;
    }

    /** The JSON the page script draws, as the element carries it. */
    public String json() {
        int start = element.indexOf(DATA_CHART) + DATA_CHART.length();
        return HtmlEscape.unescapeHtml(element.substring(start, element.indexOf('"', start)));
    }

    private static String element(String id, String description, String json, int readings, int drawn,
            String summary) {
        return "<div class=\"chart\" id=\"" + escaped(id) + "\" role=\"img\" " + DATA_CHART + escaped(json)
                + "\" data-points=\"" + drawn + "\" aria-label=\"" + escaped(description + ": " + readings
                        + (readings == 1 ? " reading" : " readings") + " in this range" + (summary.isEmpty() ? "" : "; " + summary)) + "\"></div>";
    }

    private static String escaped(String attribute) {
        return HtmlEscape.escapeHtml4Xml(attribute);
    }
}
