package dev.pulseboard.dashboard.chart;

import org.unbescape.html.HtmlEscape;

/**
 * One chart of a section: its element id, its accessible description, the JSON the page script draws
 * ({@code {"y": axis name, "series": [{"name", "color", "dashed", "data": [[ms, value], ...]}], "bands": [...]}}),
 * how many readings its first series has in the range, how many of them are drawn (after downsampling), and the
 * chart's HTML element that carries them.
 * <p>
 * The element is written once, here, with the escaping Thymeleaf gives attributes: a section kept by the page cache
 * then costs no escaping of its chart JSON (most of a five-year page) on each request.
 *
 * @param element {@code <div class="chart" id role="img" data-chart data-points aria-label></div>}
 */
public record ChartView(String id, String description, String json, int readings, int drawn, String element) {

    public ChartView(String id, String description, String json, int readings, int drawn) {
        this(id, description, json, readings, drawn, element(id, description, json, readings, drawn));
    }

    public boolean hasData() {
        return readings > 0;
    }

    private static String element(String id, String description, String json, int readings, int drawn) {
        return "<div class=\"chart\" id=\"" + escaped(id) + "\" role=\"img\" data-chart=\"" + escaped(json)
                + "\" data-points=\"" + drawn + "\" aria-label=\""
                + escaped(description + ": " + readings + " readings in this range") + "\"></div>";
    }

    private static String escaped(String attribute) {
        return HtmlEscape.escapeHtml4Xml(attribute);
    }
}
