package dev.pulseboard.dashboard.unit;

import java.util.Optional;

/** How a viewer reads distances: kilometres or (international) miles. */
public enum DistanceUnit {
    KM("km", 0.001), MI("mi", 1 / 1609.344);

    private final String symbol;
    private final double perMetre;

    DistanceUnit(String symbol, double perMetre) {
        this.symbol = symbol;
        this.perMetre = perMetre;
    }

    public String symbol() {
        return symbol;
    }

    public double fromMetres(double metres) {
        return metres * perMetre;
    }

    public static Optional<DistanceUnit> parse(String text) {
        return Units.parse(DistanceUnit.class, text);
    }
}
