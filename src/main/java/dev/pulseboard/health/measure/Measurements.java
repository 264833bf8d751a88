package dev.pulseboard.health.measure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Zones;
import dev.pulseboard.health.HealthDataVersions;

/** Body measurements: idempotent writes from the sync, and the series that pages, API and exports read. */
@Service
public class Measurements {

    private final MeasurementRepository repository;
    private final HealthDataVersions versions;
    private final Clock clock;

    Measurements(MeasurementRepository repository, HealthDataVersions versions, Clock clock) {
        this.repository = repository;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Stores the records, replacing an earlier copy of the same group, type and position (Withings edits keep
     * the group id), so storing the same page twice changes nothing. Groups with negative ids are Pulseboard's own,
     * read from a Withings archive; a Withings record (a positive id) takes the place of the archive's copy of it
     * (the same type, position, instant and value), so a history imported before the member connected is not
     * shown twice once the sync brings the same readings; it keeps the zone the archive was imported in.
     */
    @Transactional
    public void store(MemberId member, Collection<MeasurementRecord> records) {
        storeSynced(member, null, records);
    }

    /**
     * Stores Withings' records as {@link #store(MemberId, Collection)} does, noting the Withings user they came from
     * ({@code account}; null when not known): a reconciliation compares only that account's groups
     * ({@link #keepOnlyGroups}).
     */
    @Transactional
    public void storeSynced(MemberId member, String account, Collection<MeasurementRecord> records) {
        List<MeasurementRecord> copies = repository.archiveCopies(member, records);
        repository.delete(member, copies);
        repository.upsert(member, account, copies.isEmpty() ? records : inArchiveZones(records, copies));
        versions.changed(member);
    }

    /**
     * Stores an archive's records ({@link #store(MemberId, Collection)}) in place of {@code replaced}: an earlier
     * import's copies of them at other instants (read in another time zone), deleted in the same transaction. Only
     * an archive's copies (negative group ids) are ever deleted so.
     */
    @Transactional
    public void store(MemberId member, Collection<MeasurementRecord> records,
            Collection<MeasurementRecord> replaced) {
        repository.delete(member, replaced.stream().filter(r -> r.groupId() < 0).toList());
        store(member, records);
    }

    /** Withings' records that replace an archive's copies keep the zone the member chose at the import. */
    private static List<MeasurementRecord> inArchiveZones(Collection<MeasurementRecord> records,
            List<MeasurementRecord> copies) {
        Map<String, String> zones = new HashMap<>();
        copies.stream().filter(c -> c.timeZone() != null)
                .forEach(c -> zones.put(MeasurementRepository.copyKey(c), c.timeZone()));
        return records.stream().map(r -> {
            String zone = r.groupId() > 0 && r.position() == null ? zones.get(MeasurementRepository.copyKey(r)) : null;
            return zone == null ? r : new MeasurementRecord(r.groupId(), r.type(), r.position(), r.rawValue(),
                    r.unitExponent(), r.measuredAt(), r.modifiedAt(), r.attrib(), r.deviceId(), r.model(), zone);
        }).toList();
    }

    /**
     * The member's readings of one type in {@code [from, to)}, oldest first; nulls mean unbounded. Ambiguous
     * readings are left out until assigned.
     */
    public List<Reading> series(MemberId member, MeasurementType type, Instant from, Instant to) {
        return repository.series(member, type, from, to);
    }

    /**
     * One type's values with their body position in {@code [from, to)}, oldest first (nulls mean unbounded): at
     * {@code position} (a {@link BodyPosition} code, -1 the whole body), or at every position when it is null.
     * This is how segmental composition (per arm, leg and torso) is read.
     */
    public List<PositionedReading> positioned(MemberId member, MeasurementType type, Integer position, Instant from,
            Instant to) {
        return repository.positioned(member, type, position, from, to);
    }

    /** The body-part values of the type from the member's latest reading that has any, by position. */
    public List<PositionedReading> latestSegments(MemberId member, MeasurementType type) {
        // Recent weigh-ins first (a few index entries), the whole history only when there is none.
        List<PositionedReading> recent = repository.latestSegments(member, type,
                clock.instant().minus(BodyQueries.RECENT));
        return recent.isEmpty() ? repository.latestSegments(member, type, Instant.EPOCH) : recent;
    }

    /**
     * Every visible reading without a body position in {@code [from, to)} (nulls: unbounded), in time order with
     * a group's values together, handed to {@code action} one by one as the rows are read: for exports of whole
     * histories. Read in one transaction so that PostgreSQL streams through a cursor.
     */
    @Transactional(readOnly = true)
    public void forEachRecord(MemberId member, Instant from, Instant to, Consumer<MeasurementRecord> action) {
        repository.forEachRecord(member, from, to, false, action);
    }

    /**
     * As {@link #forEachRecord}, with the body-part values too (segmental composition per arm, leg and torso:
     * {@link MeasurementRecord#position()} set), each after the whole-body values of its group.
     */
    @Transactional(readOnly = true)
    public void forEachRecordWithSegments(MemberId member, Instant from, Instant to,
            Consumer<MeasurementRecord> action) {
        repository.forEachRecord(member, from, to, true, action);
    }

    public Optional<Reading> latest(MemberId member, MeasurementType type) {
        return repository.latest(member, type);
    }

    /**
     * The time zone Withings gave with the member's latest weigh-in, blood pressure or pulse (each read through its
     * own index), if any: the member's zone when their connection, which knows it, is gone.
     */
    public Optional<ZoneId> latestTimeZone(MemberId member) {
        for (MeasurementType type : ZONE_SOURCES) {
            Optional<ZoneId> zone = latest(member, type).map(Reading::timeZone).flatMap(Zones::named);
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }

    private static final List<MeasurementType> ZONE_SOURCES = List.of(MeasurementType.WEIGHT,
            MeasurementType.SYSTOLIC_BP, MeasurementType.HEART_RATE);

    public long count(MemberId member) {
        return repository.count(member);
    }

    /**
     * How many of the member's stored values were measured before {@code day} began anywhere on Earth: before a date
     * of birth, none should be (a mistyped year, most often).
     */
    public long countBefore(MemberId member, LocalDate day) {
        return repository.countBefore(member, day.atStartOfDay(ZoneOffset.MAX).toInstant());
    }

    /**
     * Withings sends no tombstones: after re-reading the window {@code [from, to)} of the Withings user
     * {@code account}, that account's groups stored in it that Withings no longer returns are deleted. Nothing else
     * is: an archive's readings, which Withings never returns; another account's readings (the member was linked to
     * another Withings account before, whose groups this account's token cannot see); a shared-scale weigh-in
     * someone sorted out (it may have come from another member's account). When more than {@value #MASS_DELETION}
     * groups and more than half of those stored would go, nothing is deleted either: that is no person deleting
     * readings in the app, and must not wipe the member's recent history. Says how many went, or would have.
     */
    @Transactional
    public Reconciled keepOnlyGroups(MemberId member, String account, Instant from, Instant to,
            Set<Long> groupsStillThere) {
        List<Long> stored = repository.withingsGroupIds(member, account, from, to);
        var gone = stored.stream().filter(id -> !groupsStillThere.contains(id)).toList();
        if (gone.size() > MASS_DELETION && 2 * gone.size() > stored.size()) {
            return new Reconciled(gone.size(), stored.size(), true);
        }
        repository.deleteGroups(member, gone);
        if (!gone.isEmpty()) {
            versions.changed(member);
        }
        return new Reconciled(gone.size(), stored.size(), false);
    }

    /** The most groups a reconciliation deletes at once without question ({@link #keepOnlyGroups}). */
    public static final int MASS_DELETION = 10;

    /** What a reconciliation found: the groups gone from Withings, of those stored, and whether they were kept. */
    public record Reconciled(int gone, int stored, boolean held) {
    }

    /** The member's ambiguous readings that nobody has assigned or discarded yet, newest first. */
    public List<AmbiguousReading> pendingAmbiguous(MemberId member) {
        return repository.pendingAmbiguous(member);
    }

    /**
     * Moves an ambiguous reading (the whole group) to the member who really took it. Answers the reading as a person
     * tells it apart ({@link #described}), for the audit log; empty if there is none.
     */
    @Transactional
    public Optional<String> assignAmbiguous(MemberId from, long groupId, MemberId to) {
        Optional<String> reading = described(from, groupId);
        if (reading.isPresent()) {
            boolean done = from.equals(to) ? repository.review(from, groupId, "ASSIGNED") > 0
                    : repository.move(from, groupId, to) > 0;
            versions.changed(from);
            versions.changed(to);
            return done ? reading : Optional.empty();
        }
        return reading;
    }

    /** Hides an ambiguous reading for good; answers it as {@link #assignAmbiguous} does, empty if there is none. */
    @Transactional
    public Optional<String> discardAmbiguous(MemberId member, long groupId) {
        Optional<String> reading = described(member, groupId);
        if (reading.isPresent()) {
            boolean done = repository.review(member, groupId, "DISCARDED") > 0;
            versions.changed(member);
            return done ? reading : Optional.empty();
        }
        return reading;
    }

    /**
     * A pending ambiguous reading as a person tells it apart ("weight 82.725 kg taken 2026-11-25T06:10:00Z"): its
     * weight if it has one, else its first value; empty when there is no such reading.
     */
    private Optional<String> described(MemberId member, long groupId) {
        return pendingAmbiguous(member).stream().filter(r -> r.groupId() == groupId)
                .min(Comparator.comparing(r -> r.typeCode() == MeasurementType.WEIGHT.withingsCode() ? 0 : 1))
                // Without its value: the log outlives the reading, and a discarded one may be a guest's.
                .map(r -> r.typeName() + " taken " + r.time());
    }

    /** Deletes every stored measurement of the member. */
    @Transactional
    public void erase(MemberId member) {
        repository.deleteAll(member);
        versions.changed(member);
    }
}
