package dev.pulseboard.dashboard.unit;

import java.util.Optional;

/** How a viewer reads body masses: kilograms, pounds, or stones (charts in decimal stones, tiles in st and lb). */
public enum WeightUnit {
    KG("kg", 1.0), LB("lb", 2.20462262185), ST("st", 0.157473044418);

    private final String symbol;
    private final double perKilogram;

    WeightUnit(String symbol, double perKilogram) {
        this.symbol = symbol;
        this.perKilogram = perKilogram;
    }

    public String symbol() {
        return symbol;
    }

    public double fromKilograms(double kg) {
        return kg * perKilogram;
    }

    public static Optional<WeightUnit> parse(String text) {
        return Units.parse(WeightUnit.class, text);
    }
}
