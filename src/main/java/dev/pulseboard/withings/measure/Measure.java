package dev.pulseboard.withings.measure;

import java.math.BigDecimal;

import dev.pulseboard.core.Decimals;

/**
 * One measure of a group. {@code value} is exact: {@code rawValue × 10^unitExponent} in BigDecimal.
 * Types 130 and 139 are classifications, not physical values.
 *
 * @param position where on the body (segment measures and some devices), or null
 */
public record Measure(MeasureType type, BigDecimal value, long rawValue, int unitExponent, Position position) {

    /** Decodes Withings' {@code value} and {@code unit} pair. */
    public static Measure of(MeasureType type, long rawValue, int unitExponent, Position position) {
        return new Measure(type, Decimals.scaled(rawValue, unitExponent), rawValue, unitExponent,
                position);
    }
}
