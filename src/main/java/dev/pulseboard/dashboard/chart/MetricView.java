package dev.pulseboard.dashboard.chart;

/** A tile with one figure: what it is, the value with its unit, a line of context, and a style hook. */
public record MetricView(String label, String value, String detail, String cssClass) {

    public static MetricView of(String label, String value, String detail) {
        return new MetricView(label, value, detail, "");
    }
}
