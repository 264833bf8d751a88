package dev.pulseboard.export.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * {@code distance}, {@code hr_average}, {@code hr_max}, {@code intensity}). A workout that starts at the same instant
 * as a stored one is already there; a new one gets an id derived from its start (negative, never one of Withings').
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
            Instant start = row.instant("from", zone);
            Instant end = row.instant("to", zone);
            String type = row.text("Activity type");
            Optional<Integer> category = WorkoutKinds.parse(type);
            if (category.isEmpty()) {
                table.problem(row.line, "unknown activity type '" + type + "'");
            }
            ZoneId local = zone(row.text("Timezone"), zone);
            JsonNode data = data(table, row);
            Instant modified = row.text("Modified").isEmpty() ? null : row.instant("Modified", zone);
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
        Set<Instant> stored = new HashSet<>();
        if (!sessions.isEmpty()) {
            Instant first = sessions.stream().map(WorkoutSession::start).min(Instant::compareTo).orElseThrow();
            Instant last = sessions.stream().map(WorkoutSession::start).max(Instant::compareTo).orElseThrow();
            workouts.workouts(member, first, last.plusSeconds(1)).forEach(w -> stored.add(w.start()));
        }
        List<WorkoutSession> fresh = sessions.stream().filter(w -> !stored.contains(w.start())).toList();
        workouts.storeWorkouts(member, fresh);
        return new FileReport(table.file.fileName(), fresh.size(), sessions.size() - fresh.size(), 0, List.of());
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
