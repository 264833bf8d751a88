package dev.pulseboard.sync.fetch;

import java.util.ArrayList;
import java.util.Collection;
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

/**
 * Withings measure groups to the health store's records: user objectives (category 2) are not readings, and
 * measure types Pulseboard does not keep are skipped (each logged once). Duplicate groups (Withings sends the
 * same grpid with attrib 0 and 8) collapse in the store, which is keyed on group, type and position.
 */
final class MeasureMapper {

    private static final Logger log = LoggerFactory.getLogger(MeasureMapper.class);
    private final Set<Integer> reportedUnknown = ConcurrentHashMap.newKeySet();

    List<MeasurementRecord> map(Collection<MeasureGroup> groups) {
        return map(groups, null);
    }

    /** The groups of one getmeas answer, each reading tagged with the answer's profile time zone. */
    List<MeasurementRecord> map(Collection<MeasureGroup> groups, java.time.ZoneId zone) {
        String timeZone = zone == null ? null : zone.getId();
        List<MeasurementRecord> records = new ArrayList<>();
        for (MeasureGroup group : groups) {
            if (!MeasureCategory.REAL.equals(group.category())) {
                continue;
            }
            for (Measure measure : group.measures()) {
                type(measure).ifPresent(type -> records.add(new MeasurementRecord(group.groupId(), type,
                        measure.position() == null ? null : measure.position().code(), measure.rawValue(),
                        measure.unitExponent(), group.date(), group.modified(), group.attrib().code(),
                        group.deviceId(), group.model(), timeZone)));
            }
        }
        return records;
    }

    private Optional<MeasurementType> type(Measure measure) {
        int code = measure.type().code();
        Optional<MeasurementType> type = MeasurementType.fromWithingsCode(code);
        if (type.isEmpty() && reportedUnknown.add(code)) {
            log.info("Withings measure type {} is not kept by Pulseboard; its values are skipped", code);
        }
        return type;
    }
}
