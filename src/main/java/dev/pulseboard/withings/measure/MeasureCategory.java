package dev.pulseboard.withings.measure;

import dev.pulseboard.withings.code.WithingsCode;
import dev.pulseboard.withings.transport.CodeTable;

/** getmeas {@code category}: 1 a real measure, 2 a user objective. Unknown codes decode to "unknown N". */
public record MeasureCategory(int code) implements WithingsCode {

    private static final CodeTable<MeasureCategory> TABLE =
            new CodeTable<>(MeasureCategory.class, "measure category", MeasureCategory::new);

    public static final MeasureCategory REAL = TABLE.define(1, "real");
    public static final MeasureCategory GOAL = TABLE.define(2, "goal");

    public static MeasureCategory fromCode(int code) {
        return TABLE.fromCode(code);
    }

    @Override
    public String toString() {
        return name();
    }
}
