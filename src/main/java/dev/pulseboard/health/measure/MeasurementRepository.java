package dev.pulseboard.health.measure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.Decimals;
import dev.pulseboard.core.MemberId;

@Repository
class MeasurementRepository {

    /** No position: the key must not hold a null, which would make every row distinct. */
    static final int NO_POSITION = -1;

    /** What a member's series shows: not ambiguous unless assigned, never discarded. */
    static final String VISIBLE = " and (attrib <> 1 or review = 'ASSIGNED') and (review is null or review <> 'DISCARDED') ";

    /** Standard MERGE: H2 and PostgreSQL 15+ both run it; the casts type the parameters for PostgreSQL. */
    private static final String UPSERT = """
            merge into measurement t
            using (values (cast(? as bigint), cast(? as bigint), cast(? as integer), cast(? as integer),
                           cast(? as bigint), cast(? as integer), cast(? as timestamp with time zone),
                           cast(? as timestamp with time zone), cast(? as integer), cast(? as varchar(64)),
                           cast(? as varchar(100)), cast(? as varchar(64)), cast(? as varchar(32))))
              as s (member_id, group_id, type_code, position_code, raw_value, unit_exp, measured_at,
                    modified_at, attrib, device_id, model, time_zone, withings_user)
            on t.member_id = s.member_id and t.group_id = s.group_id and t.type_code = s.type_code
               and t.position_code = s.position_code
            when matched then update set raw_value = s.raw_value, unit_exp = s.unit_exp,
                 measured_at = s.measured_at, modified_at = s.modified_at, attrib = s.attrib,
                 device_id = s.device_id, model = s.model, time_zone = coalesce(t.time_zone, s.time_zone),
                 withings_user = coalesce(s.withings_user, t.withings_user)
            when not matched then insert (member_id, group_id, type_code, position_code, raw_value, unit_exp,
                 measured_at, modified_at, attrib, device_id, model, time_zone, withings_user)
                 values (s.member_id, s.group_id, s.type_code, s.position_code, s.raw_value, s.unit_exp,
                         s.measured_at, s.modified_at, s.attrib, s.device_id, s.model, s.time_zone,
                         s.withings_user)
            """;

    /** One value of a group: member, group, type and position. */
    private static final String DELETE_ONE = "delete from measurement where member_id = ? and group_id = ? "
            + "and type_code = ? and position_code = ?";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MeasurementRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void upsert(MemberId member, String account, Collection<MeasurementRecord> records) {
        Set<Long> givenAway = assignedElsewhere(member, account, records);
        List<Object[]> rows = new ArrayList<>(records.size());
        for (MeasurementRecord r : records) {
            if (givenAway.contains(r.groupId())) {
                continue;
            }
            rows.add(new Object[] { member.value(), r.groupId(), r.type().withingsCode(),
                    positionCode(r), r.rawValue(), r.unitExponent(),
                    Timestamp.from(r.measuredAt()), r.modifiedAt() == null ? null : Timestamp.from(r.modifiedAt()),
                    r.attrib(), r.deviceId(), r.model(), r.timeZone(), account });
        }
        template.batchUpdate(UPSERT, rows);
        dropOmitted(member, records, givenAway);
    }

    /**
     * Withings sends a group whole, and an edited group keeps its id: a measure the group no longer carries (a value
     * removed in the app, a body-composition figure Withings withdrew when it processed the group again) goes from
     * the stored group too. Pulseboard's own groups (an archive's, negative ids) are not Withings' to edit.
     */
    private void dropOmitted(MemberId member, Collection<MeasurementRecord> records, Set<Long> givenAway) {
        Map<Long, Set<List<Integer>>> sent = records.stream()
                .filter(r -> r.groupId() > 0 && !givenAway.contains(r.groupId()))
                .collect(Collectors.groupingBy(MeasurementRecord::groupId,
                        Collectors.mapping(MeasurementRepository::typeAndPosition, Collectors.toSet())));
        if (sent.isEmpty()) {
            return;
        }
        // The range of the batch's group ids lets the database read only the rows between them from the unique index
        // (H2 takes no IN list on its second column: without the range it read every row of the member, each batch of
        // a backfill, the sync's costliest step in a profile of the test suite).
        List<Object[]> omitted = jdbc.sql("select group_id, type_code, position_code from measurement "
                + "where member_id = :member and group_id between :lowest and :highest and group_id in (:groups)")
                .param("member", member.value()).param("lowest", Collections.min(sent.keySet()))
                .param("highest", Collections.max(sent.keySet())).param("groups", sent.keySet())
                .query((rs, n) -> new Object[] { member.value(), rs.getLong(1), rs.getInt(2), rs.getInt(3) }).list()
                .stream().filter(row -> !sent.get((Long) row[1]).contains(List.of((Integer) row[2], (Integer) row[3])))
                .toList();
        if (!omitted.isEmpty()) {
            template.batchUpdate(DELETE_ONE, omitted);
        }
    }

    private static List<Integer> typeAndPosition(MeasurementRecord r) {
        return List.of(r.type().withingsCode(), positionCode(r));
    }

    private static int positionCode(MeasurementRecord r) {
        return r.position() == null ? NO_POSITION : r.position();
    }

    /**
     * Reads only columns of {@code ix_measurement_chart} (V51), so that H2 answers from the index: a column added here
     * must be added there too.
     */
    List<Reading> series(MemberId member, MeasurementType type, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(List.of(member.value(), type.withingsCode(), NO_POSITION));
        return jdbc.sql("select measured_at, raw_value, unit_exp, time_zone from measurement where member_id = ? "
                + "and type_code = ? and position_code = ?" + window(from, to, params) + VISIBLE
                + "order by measured_at, group_id")
                .params(params).query((rs, n) -> reading(rs, type)).list();
    }

    /**
     * One type's values in {@code [from, to)} at one position, or at every position when {@code position} is null;
     * like {@link #series}, only columns of {@code ix_measurement_chart}.
     */
    List<PositionedReading> positioned(MemberId member, MeasurementType type, Integer position, Instant from,
            Instant to) {
        List<Object> params = new ArrayList<>(List.of(member.value(), type.withingsCode(),
                position == null ? NO_POSITION : position));
        return jdbc.sql("select group_id, position_code, measured_at, raw_value, unit_exp, time_zone from measurement "
                + "where member_id = ? and type_code = ?"
                + (position == null ? " and position_code >= ?" : " and position_code = ?")
                + window(from, to, params) + VISIBLE + "order by measured_at, group_id, position_code")
                .params(params).query((rs, n) -> positioned(rs, type)).list();
    }

    /**
     * The conditions on {@code measured_at} for {@code [from, to)}, with their parameters added: none for an
     * unbounded side, and bounds typed as the column is ({@code timestamp with time zone}). H2 checks every condition
     * on every row it reads, and a {@code java.sql.Timestamp} bound is converted for each comparison.
     */
    private static String window(Instant from, Instant to, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (from != null) {
            sql.append(" and measured_at >= ?");
            params.add(from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" and measured_at < ?");
            params.add(to.atOffset(ZoneOffset.UTC));
        }
        return sql.toString();
    }

    /**
     * Every body-part value of the type from the member's latest group since {@code since} that has one (a latest
     * segmental reading); bounded in time, the {@code (member_id, type_code, measured_at)} index answers it.
     */
    List<PositionedReading> latestSegments(MemberId member, MeasurementType type, Instant since) {
        String latest = "select group_id, measured_at from measurement where member_id = ? and type_code = ? "
                + "and position_code <> ? and measured_at >= ?" + VISIBLE
                + "order by measured_at desc, group_id desc fetch first 1 rows only";
        // The group's values are read by its time too, so that the (member_id, type_code, measured_at) index finds
        // them (there is no index on group_id).
        return jdbc.sql(latest).params(member.value(), type.withingsCode(), NO_POSITION, Timestamp.from(since))
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getTimestamp(2) }).optional()
                .map(group -> jdbc.sql("select group_id, position_code, measured_at, raw_value, unit_exp, time_zone "
                        + "from measurement where member_id = ? and type_code = ? and measured_at = ? "
                        + "and group_id = ? and position_code <> ? order by position_code")
                        .params(member.value(), type.withingsCode(), group[1], group[0], NO_POSITION)
                        .query((rs, n) -> positioned(rs, type)).list())
                .orElse(List.of());
    }

    /**
     * Streams the visible readings in {@code [from, to)}, ordered by time, group, position and type (a group's values
     * arrive together, its whole-body values first), fetching rows in batches so that years of data never sit in
     * memory: without a body position only, or with the body-part values too ({@code withPositions}).
     */
    void forEachRecord(MemberId member, Instant from, Instant to, boolean withPositions,
            Consumer<MeasurementRecord> action) {
        String sql = "select group_id, type_code, position_code, raw_value, unit_exp, measured_at, modified_at, "
                + "attrib, device_id, model, time_zone from measurement where member_id = ?"
                + (withPositions ? "" : " and position_code = " + NO_POSITION)
                + " and measured_at >= ? and measured_at < ?" + VISIBLE
                + "order by measured_at, group_id, position_code, type_code";
        template.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            ps.setFetchSize(1000);
            ps.setLong(1, member.value());
            ps.setTimestamp(2, Timestamp.from(from == null ? Instant.EPOCH : from));
            ps.setTimestamp(3, Timestamp.from(to == null ? Instant.parse("9999-12-31T00:00:00Z") : to));
            return ps;
        }, (RowCallbackHandler) rs -> {
            Optional<MeasurementType> type = MeasurementType.fromWithingsCode(rs.getInt("type_code"));
            if (type.isPresent()) {
                Timestamp modified = rs.getTimestamp("modified_at");
                int position = rs.getInt("position_code");
                action.accept(new MeasurementRecord(rs.getLong("group_id"), type.get(),
                        position == NO_POSITION ? null : position, rs.getLong("raw_value"), rs.getInt("unit_exp"),
                        rs.getTimestamp("measured_at").toInstant(), modified == null ? null : modified.toInstant(),
                        rs.getInt("attrib"), rs.getString("device_id"), rs.getString("model"),
                        rs.getString("time_zone")));
            }
        });
    }

    Optional<Reading> latest(MemberId member, MeasurementType type) {
        return jdbc.sql("select measured_at, raw_value, unit_exp, time_zone from measurement where member_id = ? "
                + "and type_code = ? and position_code = ?" + VISIBLE + "order by measured_at desc, group_id desc "
                + "fetch first 1 rows only")
                .params(member.value(), type.withingsCode(), NO_POSITION)
                .query((rs, n) -> reading(rs, type)).optional();
    }

    long count(MemberId member) {
        return jdbc.sql("select count(*) from measurement where member_id = ?").param(member.value())
                .query(Long.class).single();
    }

    long countBefore(MemberId member, Instant instant) {
        return jdbc.sql("select count(*) from measurement where member_id = ? and measured_at < ?")
                .params(member.value(), Timestamp.from(instant)).query(Long.class).single();
    }

    /**
     * The groups of one Withings account (an archive's readings, negative ids, have none): no other account's group
     * is one this account could have deleted.
     */
    List<Long> withingsGroupIds(MemberId member, String account, Instant from, Instant to) {
        // A shared-scale weigh-in someone sorted out (attrib 1, ASSIGNED) is theirs: never reconciled away.
        return jdbc.sql("select distinct group_id from measurement where member_id = ? and measured_at >= ? "
                + "and measured_at < ? and withings_user = ? "
                + "and (attrib <> 1 or review is null or review <> 'ASSIGNED')")
                .params(member.value(), Timestamp.from(from), Timestamp.from(to), account)
                .query(Long.class).list();
    }

    /**
     * The archive's copies (negative group ids) of these Withings records: the same type, instant and value, with the
     * zone they were imported in. The archive holds whole-body values only; read per type over the records' time
     * span, through {@code ix_measurement_chart}.
     */
    List<MeasurementRecord> archiveCopies(MemberId member, Collection<MeasurementRecord> records) {
        Map<MeasurementType, List<MeasurementRecord>> byType = records.stream()
                .filter(r -> r.groupId() > 0 && r.position() == null)
                .collect(Collectors.groupingBy(MeasurementRecord::type));
        List<MeasurementRecord> copies = new ArrayList<>();
        byType.forEach((type, synced) -> {
            Instant first = synced.stream().map(MeasurementRecord::measuredAt).min(Instant::compareTo).orElseThrow();
            Instant last = synced.stream().map(MeasurementRecord::measuredAt).max(Instant::compareTo).orElseThrow();
            Set<String> keys = synced.stream().map(MeasurementRepository::copyKey).collect(Collectors.toSet());
            jdbc.sql("select group_id, raw_value, unit_exp, measured_at, time_zone from measurement "
                    + "where member_id = ? and type_code = ? and position_code = ? and measured_at >= ? "
                    + "and measured_at <= ? and group_id < 0")
                    .params(member.value(), type.withingsCode(), NO_POSITION, Timestamp.from(first),
                            Timestamp.from(last))
                    .query((rs, n) -> new MeasurementRecord(rs.getLong("group_id"), type, null,
                            rs.getLong("raw_value"), rs.getInt("unit_exp"), rs.getTimestamp("measured_at").toInstant(),
                            null, 0, null, null, rs.getString("time_zone")))
                    .list().stream().filter(r -> keys.contains(copyKey(r))).forEach(copies::add);
        });
        return copies;
    }

    /** One reading's identity across its copies: type, instant (to the second) and value, whatever its scale. */
    static String copyKey(MeasurementRecord r) {
        return r.type().withingsCode() + "|" + r.measuredAt().getEpochSecond() + "|"
                + r.value().stripTrailingZeros().toPlainString();
    }

    void delete(MemberId member, Collection<MeasurementRecord> records) {
        template.batchUpdate(DELETE_ONE, records.stream().map(r -> new Object[] { member.value(), r.groupId(),
                r.type().withingsCode(), positionCode(r) }).toList());
    }

    void deleteGroups(MemberId member, List<Long> groupIds) {
        template.batchUpdate("delete from measurement where member_id = ? and group_id = ?",
                groupIds.stream().map(id -> new Object[] { member.value(), id }).toList());
    }

    /**
     * The groups of the batch that were assigned from this account's member to another member (a shared scale's
     * reading of the partner): read again (an edit, a re-read of the history), they stay with whom they were given.
     */
    private Set<Long> assignedElsewhere(MemberId member, String account, Collection<MeasurementRecord> records) {
        if (account == null) {
            return Set.of();
        }
        Set<Long> ambiguous = records.stream().filter(r -> r.attrib() == 1).map(MeasurementRecord::groupId)
                .collect(Collectors.toSet());
        if (ambiguous.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select distinct group_id from measurement where review = 'ASSIGNED' and withings_user = ? "
                + "and member_id <> ?").params(account, member.value()).query(Long.class).list().stream()
                .filter(ambiguous::contains).collect(Collectors.toSet());
    }

    List<AmbiguousReading> pendingAmbiguous(MemberId member) {
        return jdbc.sql("select group_id, measured_at, type_code, raw_value, unit_exp from measurement "
                + "where member_id = ? and attrib = 1 and review is null and position_code = ? "
                + "order by measured_at desc, group_id, type_code")
                .params(member.value(), NO_POSITION)
                .query((rs, n) -> new AmbiguousReading(member, rs.getLong("group_id"),
                        rs.getTimestamp("measured_at").toInstant(), rs.getInt("type_code"),
                        Decimals.scaled(rs.getLong("raw_value"), rs.getInt("unit_exp"))))
                .list();
    }

    int review(MemberId member, long groupId, String review) {
        return jdbc.sql("update measurement set review = ? where member_id = ? and group_id = ? and attrib = 1 "
                + "and review is null")
                .params(review, member.value(), groupId).update();
    }

    int move(MemberId from, long groupId, MemberId to) {
        jdbc.sql("delete from measurement where member_id = ? and group_id = ?").params(to.value(), groupId).update();
        return jdbc.sql("update measurement set member_id = ?, review = 'ASSIGNED' where member_id = ? "
                + "and group_id = ? and attrib = 1").params(to.value(), from.value(), groupId).update();
    }

    void deleteAll(MemberId member) {
        jdbc.sql("delete from measurement where member_id = ?").param(member.value()).update();
    }

    private static PositionedReading positioned(ResultSet rs, MeasurementType type) throws SQLException {
        Reading r = reading(rs, type);
        return new PositionedReading(r.time(), r.value(), r.unit(), r.timeZone(), rs.getInt("position_code"),
                rs.getLong("group_id"));
    }

    private static Reading reading(ResultSet rs, MeasurementType type) throws SQLException {
        var value = Decimals.scaled(rs.getLong("raw_value"), rs.getInt("unit_exp"));
        return new Reading(rs.getTimestamp("measured_at").toInstant(), value, type.unit(), rs.getString("time_zone"));
    }
}
