package dev.pulseboard.dashboard.body;

/** Weight and body-fat series of one member, as JSON for the page script, with their sizes. */
public record BodyChartView(String weightJson, String fatRatioJson, int weightPoints, int fatRatioPoints) {

    public boolean hasData() {
        return weightPoints > 0 || fatRatioPoints > 0;
    }
}
