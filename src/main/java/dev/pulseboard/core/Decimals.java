package dev.pulseboard.core;

import java.math.BigDecimal;

/** Withings' numbers: an integer value and a power of ten ({@code value × 10^unit}). */
public final class Decimals {

    private Decimals() {
    }

    /**
     * {@code value × 10^exponent}, written without an exponent: 80, not 8E+1 (which JSON and text would show for a
     * value stored as 8 × 10¹), and 72.5 as 72.5.
     */
    public static BigDecimal scaled(long value, int exponent) {
        BigDecimal decimal = BigDecimal.valueOf(value).scaleByPowerOfTen(exponent);
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
