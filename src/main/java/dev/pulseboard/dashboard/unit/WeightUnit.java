package dev.pulseboard.dashboard.unit;

import java.util.Optional;

/**
 * How a viewer reads body masses: kilograms, pounds, or stones (written in stones and pounds, "12 st 7.0 lb"; charts
 * draw decimal stones and write them the same way).
 */
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

    /** The unit a chart's axis names: "kg", "lb", "st and lb". */
    public String axisSymbol() {
        return this == ST ? "st and lb" : symbol;
    }

    public double fromKilograms(double kg) {
        return kg * perKilogram;
    }

    public static Optional<WeightUnit> parse(String text) {
        return Units.parse(WeightUnit.class, text);
    }
}
