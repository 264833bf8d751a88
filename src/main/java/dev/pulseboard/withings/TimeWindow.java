package dev.pulseboard.withings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An explicit {@code startdate}/{@code enddate} window in unix seconds (intraday, sleep get, heart list). */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        if (start == null || end == null || start.isAfter(end)) {
            throw new IllegalArgumentException("a time window needs start <= end, got " + start + " to " + end);
        }
    }

    public static TimeWindow of(Instant start, Instant end) {
        return new TimeWindow(start, end);
    }

    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("startdate", Long.toString(start.getEpochSecond()));
        params.put("enddate", Long.toString(end.getEpochSecond()));
        return params;
    }
}
