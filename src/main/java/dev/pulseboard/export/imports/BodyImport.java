package dev.pulseboard.export.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.export.csv.WithingsFile;
import dev.pulseboard.health.measure.BodyPosition;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.measure.PositionedReading;

/**
 * The body files ({@code weight.csv}, {@code bp.csv}, {@code height.csv}, {@code pwv.csv}) into the member's
 * measurements, through the store's own idempotent write. A value already stored with the same type and value at
 * the same instant, or at the same local time in the zone it was stored with (a synced reading, or an earlier
 * import), is not written again; an earlier import's copy at the same local time but another instant (imported in
 * another zone) is replaced by the new one ({@link AlreadyStored}). A new value gets a group id derived from its
 * instant and file (negative, so it never meets Withings' ids), so re-importing in the same zone changes nothing.
 */
@Component
class BodyImport {

    private static final Map<WithingsFile, Map<String, MeasurementType>> COLUMNS = Map.of(
            WithingsFile.WEIGHT, ordered("Weight (kg)", MeasurementType.WEIGHT, "Fat mass (kg)",
                    MeasurementType.FAT_MASS, "Bone mass (kg)", MeasurementType.BONE_MASS, "Muscle mass (kg)",
                    MeasurementType.MUSCLE_MASS, "Hydration (kg)", MeasurementType.HYDRATION),
            WithingsFile.BP, ordered("Heart rate", MeasurementType.HEART_RATE, "Systolic",
                    MeasurementType.SYSTOLIC_BP, "Diastolic", MeasurementType.DIASTOLIC_BP),
            WithingsFile.HEIGHT, ordered("Value", MeasurementType.HEIGHT),
            WithingsFile.PWV, ordered("Value", MeasurementType.PULSE_WAVE_VELOCITY));

    private final Measurements measurements;

    BodyImport(Measurements measurements) {
        this.measurements = measurements;
    }

    static boolean reads(WithingsFile file) {
        return COLUMNS.containsKey(file);
    }

    FileReport run(MemberId member, CsvTable table, ZoneId zone) {
        Map<String, MeasurementType> columns = COLUMNS.get(table.file);
        List<Parsed> parsed = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            Instant time = row.instant(table.file.header().get(0), zone);
            Map<MeasurementType, BigDecimal> values = new LinkedHashMap<>();
            columns.forEach((column, type) -> {
                BigDecimal v = row.number(column);
                if (v != null) {
                    values.put(type, v);
                }
            });
            if (time != null) {
                parsed.add(new Parsed(time, values));
            }
        }
        if (table.failed()) {
            return FileReport.failed(table.file.fileName(), table.rows.size(), table.problems);
        }
        AlreadyStored<MeasurementRecord> stored = stored(member, columns.values(), parsed, zone);
        List<MeasurementRecord> records = new ArrayList<>();
        int imported = 0;
        int already = 0;
        int skipped = 0;
        for (Parsed p : parsed) {
            long group = -(p.time.getEpochSecond() * 8 + table.file.ordinal() + 1);
            int fresh = 0;
            for (var e : p.values.entrySet()) {
                if (!stored.there(p.time, zone.getId(), what(e.getKey(), e.getValue()))) {
                    records.add(archived(group, e.getKey(), e.getValue(), p.time, zone.getId()));
                    fresh++;
                }
            }
            if (p.values.isEmpty()) {
                skipped++;
            } else if (fresh > 0) {
                imported++;
            } else {
                already++;
            }
        }
        measurements.store(member, records, stored.replaced());
        List<String> notes = new ArrayList<>(stored.notes("reading"));
        if (skipped > 0) {
            notes.add(skipped + " rows without any value were skipped");
        }
        return new FileReport(table.file.fileName(), imported, already, skipped, notes);
    }

    /** The whole-body readings of the types stored within {@link AlreadyStored#ZONE_SPREAD} of the rows. */
    private AlreadyStored<MeasurementRecord> stored(MemberId member, Iterable<MeasurementType> types,
            List<Parsed> rows, ZoneId zone) {
        AlreadyStored<MeasurementRecord> stored = new AlreadyStored<>(zone);
        if (rows.isEmpty()) {
            return stored;
        }
        Instant from = rows.stream().map(Parsed::time).min(Instant::compareTo).orElseThrow()
                .minus(AlreadyStored.ZONE_SPREAD);
        Instant to = rows.stream().map(Parsed::time).max(Instant::compareTo).orElseThrow()
                .plus(AlreadyStored.ZONE_SPREAD).plusSeconds(1);
        for (MeasurementType type : types) {
            for (PositionedReading r : measurements.positioned(member, type, BodyPosition.WHOLE_BODY.code(), from,
                    to)) {
                stored.add(archived(r.groupId(), type, r.value(), r.time(), r.timeZone()), r.groupId(), r.time(),
                        r.timeZone(), what(type, r.value()));
            }
        }
        return stored;
    }

    /** A value as the archive's import stores it: as Withings stores it, 80 as 80 × 10⁰, not 8 × 10¹. */
    private static MeasurementRecord archived(long group, MeasurementType type, BigDecimal value, Instant time,
            String zone) {
        BigDecimal v = value.stripTrailingZeros();
        v = v.scale() < 0 ? v.setScale(0) : v;
        return new MeasurementRecord(group, type, null, v.unscaledValue().longValueExact(), -v.scale(), time, null,
                0, null, ImportJobs.ARCHIVE_DEVICE, zone);
    }

    private static String what(MeasurementType type, BigDecimal value) {
        return type.withingsCode() + "|" + value.stripTrailingZeros().toPlainString();
    }

    private static Map<String, MeasurementType> ordered(Object... pairs) {
        Map<String, MeasurementType> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (MeasurementType) pairs[i + 1]);
        }
        return map;
    }

    private record Parsed(Instant time, Map<MeasurementType, BigDecimal> values) {
    }
}
