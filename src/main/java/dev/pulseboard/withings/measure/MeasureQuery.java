package dev.pulseboard.withings.measure;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What to ask getmeas for. Always carries an explicit window ({@code startdate}/{@code enddate}) or a
 * {@code lastupdate}, never relying on Withings' defaults. No types means all types; no category means both
 * real measures and goals.
 */
public record MeasureQuery(Instant start, Instant end, Instant lastUpdate, List<MeasureType> measTypes,
        MeasureCategory category) {

    public MeasureQuery {
        measTypes = measTypes == null ? List.of() : List.copyOf(measTypes);
        if (lastUpdate == null && (start == null || end == null)) {
            throw new IllegalArgumentException("a getmeas query needs start and end, or lastupdate");
        }
        if (lastUpdate != null && (start != null || end != null)) {
            throw new IllegalArgumentException("a getmeas query takes a window or lastupdate, not both");
        }
        if (start != null && start.isAfter(end)) {
            throw new IllegalArgumentException("start " + start + " is after end " + end);
        }
    }

    /** Groups created or modified after {@code lastUpdate} (the incremental-sync cursor). */
    public static MeasureQuery updatedSince(Instant lastUpdate) {
        return new MeasureQuery(null, null, lastUpdate, List.of(), null);
    }

    /** Groups taken between {@code start} and {@code end}. */
    public static MeasureQuery between(Instant start, Instant end) {
        return new MeasureQuery(start, end, null, List.of(), null);
    }

    public MeasureQuery withMeasTypes(List<MeasureType> measTypes) {
        return new MeasureQuery(start, end, lastUpdate, measTypes, category);
    }

    public MeasureQuery withMeasTypes(MeasureType... types) {
        return withMeasTypes(List.of(types));
    }

    public MeasureQuery withCategory(MeasureCategory category) {
        return new MeasureQuery(start, end, lastUpdate, measTypes, category);
    }

    public Map<String, String> params(int offset) {
        Map<String, String> params = new LinkedHashMap<>();
        if (measTypes.size() == 1) {
            params.put("meastype", Integer.toString(measTypes.get(0).code()));
        } else if (!measTypes.isEmpty()) {
            params.put("meastypes",
                    measTypes.stream().map(type -> Integer.toString(type.code())).collect(Collectors.joining(",")));
        }
        if (category != null) {
            params.put("category", Integer.toString(category.code()));
        }
        if (lastUpdate != null) {
            params.put("lastupdate", Long.toString(lastUpdate.getEpochSecond()));
        } else {
            params.put("startdate", Long.toString(start.getEpochSecond()));
            params.put("enddate", Long.toString(end.getEpochSecond()));
        }
        if (offset > 0) {
            params.put("offset", Integer.toString(offset));
        }
        return params;
    }
}
