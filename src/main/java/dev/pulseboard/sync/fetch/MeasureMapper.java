package dev.pulseboard.sync.fetch;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.withings.measure.Measure;
import dev.pulseboard.withings.measure.MeasureCategory;
import dev.pulseboard.withings.measure.MeasureGroup;
import dev.pulseboard.withings.measure.Position;

/**
 * Withings measure groups to the health store's records. User objectives (category 2) are not readings. Positions
 * follow {@link Position}: a whole-body value (no position, or position 7 as Body Scans send it) is stored without
 * a position, so it is in the member's series of its type; a body part keeps its position (a segmental value); an
 * unknown position is kept with its code. A type and position repeated inside a group is stored once (the first);
 * measure types Pulseboard does not keep are skipped. Each oddity is logged once per kind, never fails the sync,
 * and never drops the group's other values. Duplicate groups (the same grpid with attrib 0 and 8) collapse in the
 * store, which is keyed on group, type and position.
 */
final class MeasureMapper {

    private static final Logger log = LoggerFactory.getLogger(MeasureMapper.class);
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    List<MeasurementRecord> map(Collection<MeasureGroup> groups) {
        return map(groups, null);
    }

    /** The groups of one getmeas answer, each reading tagged with the answer's profile time zone. */
    List<MeasurementRecord> map(Collection<MeasureGroup> groups, ZoneId zone) {
        String timeZone = zone == null ? null : zone.getId();
        List<MeasurementRecord> records = new ArrayList<>();
        for (MeasureGroup group : groups) {
            if (!MeasureCategory.REAL.equals(group.category())) {
                continue;
            }
            Set<List<Object>> seen = new HashSet<>();
            for (Measure measure : group.measures()) {
                Optional<MeasurementType> type = type(measure);
                if (type.isEmpty()) {
                    continue;
                }
                Integer position = position(measure);
                if (!seen.add(Arrays.asList(type.get(), position))) {
                    once("repeat", "Withings repeats a measure type and position inside a group (as Body Scans do, "
                            + "e.g. type {} in group {}); the first is stored", measure.type().code(), group.groupId());
                    continue;
                }
                records.add(new MeasurementRecord(group.groupId(), type.get(), position, measure.rawValue(),
                        measure.unitExponent(), group.date(), group.modified(), group.attrib().code(),
                        group.deviceId(), group.model(), timeZone));
            }
        }
        return records;
    }

    /** Null for a whole-body value, else the position's code (a body part, or an unknown position kept as sent). */
    private Integer position(Measure measure) {
        Position position = measure.position();
        if (Position.isWholeBody(position)) {
            return null;
        }
        if (!position.isKnown()) {
            once("position " + position.code(), "Withings sent measure position {} (type {}), which Pulseboard does "
                    + "not know; the value is kept with that position", position.code(), measure.type().code());
        }
        return position.code();
    }

    private Optional<MeasurementType> type(Measure measure) {
        int code = measure.type().code();
        Optional<MeasurementType> type = MeasurementType.fromWithingsCode(code);
        if (type.isEmpty()) {
            once("type " + code, "Withings measure type {} is not kept by Pulseboard; its values are skipped", code);
        }
        return type;
    }

    private void once(String kind, String message, Object... args) {
        if (reported.add(kind)) {
            log.info(message, args);
        }
    }
}
