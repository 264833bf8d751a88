package dev.pulseboard.dashboard.unit;

import java.util.Optional;

/** How a viewer reads body temperatures: degrees Celsius (as Withings stores them) or Fahrenheit. */
public enum TemperatureUnit {
    CELSIUS("\u00b0C"), FAHRENHEIT("\u00b0F");

    private final String symbol;

    TemperatureUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public double fromCelsius(double celsius) {
        return this == CELSIUS ? celsius : celsius * 9 / 5 + 32;
    }

    public static Optional<TemperatureUnit> parse(String text) {
        return Units.parse(TemperatureUnit.class, text);
    }
}
