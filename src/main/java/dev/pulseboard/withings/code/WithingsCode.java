package dev.pulseboard.withings.code;

import dev.pulseboard.withings.measure.Attrib;
import dev.pulseboard.withings.measure.MeasureCategory;
import dev.pulseboard.withings.measure.MeasureType;
import dev.pulseboard.withings.measure.Position;
import dev.pulseboard.withings.transport.CodeTable;

/**
 * A Withings code ({@link MeasureType}, {@link Attrib}, {@link MeasureCategory}, {@link Position}, ...). Each
 * code type is a record of the raw {@code int code} with named constants and a {@code fromCode(int)} factory. A
 * code this client has never seen still decodes: {@link #isKnown()} is false, {@link #name()} is
 * {@code "unknown N"}, and it is logged once per type and code (not per reading). Compare with {@code equals}.
 */
public interface WithingsCode {

    /** The raw code Withings sent. */
    int code();

    /** A lower-case name such as {@code "weight"} or {@code "right_wrist"}, or {@code "unknown N"}. */
    default String name() {
        return CodeTable.of(getClass()).name(code());
    }

    /** Whether this client knows the code. */
    default boolean isKnown() {
        return CodeTable.of(getClass()).isKnown(code());
    }
}
