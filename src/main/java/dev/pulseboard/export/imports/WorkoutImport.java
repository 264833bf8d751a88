package dev.pulseboard.export.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Zones;
import dev.pulseboard.health.daily.WorkoutSession;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.WorkoutKinds;

/**
 * {@code activities.csv} into workouts: the type by Withings' number (Pulseboard's own archive) or name (Withings'
 * archive: "Walking"), the figures from the {@code Data} column's JSON ({@code calories}, {@code steps},
 * {@code distance}, {@code hr_average}, {@code hr_max}, {@code intensity}). Local times are read in the row's own
 * {@code Timezone}, else in the import's zone, and the workout is stored with that zone. A workout that starts at the
 * same instant as a stored one, or at the same local time in the zone that one was stored with, is already there; an
 * earlier import's workout at the same local time but another instant (imported in another zone) is replaced
 * ({@link AlreadyStored}). A new one gets an id derived from its start (negative, never one of Withings').
 */
@Component
class WorkoutImport {

    private final ActivityDetail workouts;
    private final JsonMapper json = JsonMapper.builder().build();

    WorkoutImport(ActivityDetail workouts) {
        this.workouts = workouts;
    }

    FileReport run(MemberId member, CsvTable table, ZoneId zone) {
        List<WorkoutSession> sessions = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            // Read in the row's own zone when it names one: the zone the workout is stored with.
            ZoneId local = zone(row.text("Timezone"), zone);
            Instant start = row.instant("from", local);
            Instant end = row.instant("to", local);
            String type = row.text("Activity type");
            Optional<Integer> category = WorkoutKinds.parse(type);
            if (category.isEmpty()) {
                table.problem(row.line, "unknown activity type '" + type + "'");
            }
            JsonNode data = data(table, row);
            Instant modified = row.text("Modified").isEmpty() ? null : row.instant("Modified", local);
            if (start == null || end == null || category.isEmpty() || data == null) {
                continue;
            }
            if (end.isBefore(start)) {
                table.problem(row.line, "'to' is before 'from'");
                continue;
            }
            sessions.add(new WorkoutSession(-start.getEpochSecond(), category.get(), start, end,
                    LocalDate.ofInstant(start, local), local.getId(), decimal(data, "calories"),
                    decimal(data, "distance"), integer(data, "steps"), bpm(data, "hr_average"),
                    bpm(data, "hr_max"), integer(data, "intensity"), modified));
        }
        if (table.failed()) {
            return FileReport.failed(table.file.fileName(), table.rows.size(), table.problems);
        }
        AlreadyStored<Long> stored = new AlreadyStored<>(zone);
        if (!sessions.isEmpty()) {
            Instant first = sessions.stream().map(WorkoutSession::start).min(Instant::compareTo).orElseThrow();
            Instant last = sessions.stream().map(WorkoutSession::start).max(Instant::compareTo).orElseThrow();
            workouts.workouts(member, first.minus(AlreadyStored.ZONE_SPREAD),
                    last.plus(AlreadyStored.ZONE_SPREAD).plusSeconds(1))
                    .forEach(w -> stored.add(w.withingsId(), w.withingsId(), w.start(), w.timezone(), ""));
        }
        List<WorkoutSession> fresh = stored.fresh(sessions, WorkoutSession::start, WorkoutSession::timezone);
        workouts.storeWorkouts(member, fresh, stored.replaced());
        return stored.report(table.file.fileName(), sessions.size(), fresh.size(), "workout");
    }

    /** The {@code Data} column: a JSON object, or nothing; a problem (and null) when it is something else. */
    private JsonNode data(CsvTable table, CsvTable.Row row) {
        String text = row.text("Data");
        if (text.isEmpty()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(text);
            if (node.isObject()) {
                return node;
            }
        } catch (JacksonException e) {
            // reported below
        }
        table.problem(row.line, "the 'Data' column is not a JSON object");
        return null;
    }

    private static ZoneId zone(String name, ZoneId otherwise) {
        return Zones.named(name).orElse(otherwise);
    }

    private static BigDecimal decimal(JsonNode data, String field) {
        JsonNode v = data.get(field);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }

    private static Integer integer(JsonNode data, String field) {
        JsonNode v = data.get(field);
        return v == null || !v.isNumber() ? null : v.intValue();
    }

    /** A heart rate; 0 is what Withings writes for a source that measures none, so it is none. */
    private static Integer bpm(JsonNode data, String field) {
        Integer v = integer(data, field);
        return v == null || v == 0 ? null : v;
    }
}
