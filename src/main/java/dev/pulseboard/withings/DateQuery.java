package dev.pulseboard.withings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day-based query for getactivity, getworkouts and sleep getsummary: an explicit pair of local days
 * ({@code startdateymd}/{@code enddateymd}) or a {@code lastupdate}, never both and never neither. Without
 * {@link #withDataFields data fields} every documented field of the endpoint is asked for.
 */
public record DateQuery(LocalDate startDay, LocalDate endDay, Instant lastUpdate, List<String> dataFields) {

    public DateQuery {
        dataFields = dataFields == null ? List.of() : List.copyOf(dataFields);
        if (lastUpdate == null && (startDay == null || endDay == null)) {
            throw new IllegalArgumentException("a date query needs start and end days, or lastupdate");
        }
        if (lastUpdate != null && (startDay != null || endDay != null)) {
            throw new IllegalArgumentException("a date query takes days or lastupdate, not both");
        }
        if (startDay != null && startDay.isAfter(endDay)) {
            throw new IllegalArgumentException("start day " + startDay + " is after end day " + endDay);
        }
    }

    /** Days from {@code startDay} to {@code endDay}, both included (the user's local days). */
    public static DateQuery between(LocalDate startDay, LocalDate endDay) {
        return new DateQuery(startDay, endDay, null, List.of());
    }

    /** Entries created or modified after {@code lastUpdate}. */
    public static DateQuery updatedSince(Instant lastUpdate) {
        return new DateQuery(null, null, lastUpdate, List.of());
    }

    public DateQuery withDataFields(String... dataFields) {
        return new DateQuery(startDay, endDay, lastUpdate, List.of(dataFields));
    }

    Map<String, String> params(int offset, List<String> defaultFields) {
        Map<String, String> params = new LinkedHashMap<>();
        if (lastUpdate != null) {
            params.put("lastupdate", Long.toString(lastUpdate.getEpochSecond()));
        } else {
            params.put("startdateymd", startDay.toString());
            params.put("enddateymd", endDay.toString());
        }
        params.put("data_fields", String.join(",", dataFields.isEmpty() ? defaultFields : dataFields));
        if (offset > 0) {
            params.put("offset", Integer.toString(offset));
        }
        return params;
    }
}
