package dev.pulseboard.emulator.endpoint;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pulseboard.emulator.protocol.WithingsException;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/**
 * The window of a v2 list call: {@code startdateymd}+{@code enddateymd} or {@code lastupdate}, never both (503), and
 * the {@code data_fields} projection.
 */
record V2Query(LocalDate from, LocalDate to, Long lastupdate, List<String> fields) {

    static V2Query from(WithingsRequest request) {
        LocalDate from = request.optionalDate("startdateymd");
        LocalDate to = request.optionalDate("enddateymd");
        Long lastupdate = request.optionalLong("lastupdate");
        boolean dates = from != null || to != null;
        if (dates && lastupdate != null) {
            throw WithingsException.invalidParams("lastupdate cannot be combined with startdateymd/enddateymd");
        }
        if (!dates && lastupdate == null) {
            throw WithingsException.invalidParams("startdateymd and enddateymd, or lastupdate, are required");
        }
        if (dates && (from == null || to == null)) {
            throw WithingsException.invalidParams("startdateymd and enddateymd go together");
        }
        return new V2Query(from, to, lastupdate, request.list("data_fields"));
    }

    boolean matches(LocalDate date, long modified) {
        return lastupdate != null ? modified > lastupdate : !date.isBefore(from) && !date.isAfter(to);
    }

    /** Only the asked-for fields (all of them when none are asked for). */
    Map<String, Object> project(Map<String, Object> all) {
        return project(all, fields);
    }

    static Map<String, Object> project(Map<String, Object> all, List<String> wanted) {
        if (wanted.isEmpty()) {
            return all;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (wanted.contains(k)) {
                kept.put(k, v);
            }
        });
        return kept;
    }
}
