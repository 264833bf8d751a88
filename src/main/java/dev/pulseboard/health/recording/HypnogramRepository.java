package dev.pulseboard.health.recording;

import static dev.pulseboard.health.Merge.instant;
import static dev.pulseboard.health.Merge.ts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.Merge;

@Repository
class HypnogramRepository {

    private final JdbcTemplate jdbc;

    HypnogramRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the night's hypnogram. Vitals are stored as time deltas (seconds) followed by values. */
    void replace(MemberId member, Hypnogram night) {
        jdbc.update("delete from sleep_segment where member_id = ? and night_id = ?", member.value(), night.nightId());
        jdbc.update("delete from sleep_vital where member_id = ? and night_id = ?", member.value(), night.nightId());
        jdbc.batchUpdate("insert into sleep_segment (member_id, night_id, start_at, end_at, sleep_state) "
                + "values (?, ?, ?, ?, ?)", night.segments().stream().map(s -> new Object[] { member.value(),
                        night.nightId(), ts(s.start()), ts(s.end()), s.state() }).toList());
        List<Object[]> vitals = new ArrayList<>();
        night.vitals().forEach((field, samples) -> vitals.add(new Object[] { member.value(), night.nightId(), field,
                SampleCodec.encodeSeries(samples) }));
        jdbc.batchUpdate("insert into sleep_vital (member_id, night_id, field, samples) values (?, ?, ?, ?)", vitals);
    }

    boolean has(MemberId member, long nightId) {
        Integer n = jdbc.queryForObject("select count(*) from sleep_segment where member_id = ? and night_id = ?",
                Integer.class, member.value(), nightId);
        return n != null && n > 0;
    }

    Set<Long> nights(MemberId member) {
        return new HashSet<>(jdbc.queryForList("select distinct night_id from sleep_segment "
                + "where member_id = ?", Long.class, member.value()));
    }

    Hypnogram find(MemberId member, long nightId) {
        List<Hypnogram.Segment> segments = jdbc.query("select start_at, end_at, sleep_state from sleep_segment "
                + "where member_id = ? and night_id = ? order by start_at", (rs, n) -> new Hypnogram.Segment(
                        instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)), rs.getInt(3)),
                member.value(), nightId);
        Map<String, List<Hypnogram.Sample>> vitals = new LinkedHashMap<>();
        jdbc.query("select field, samples from sleep_vital where member_id = ? and night_id = ? order by field",
                rs -> {
                    vitals.put(rs.getString(1), SampleCodec.decodeSeries(rs.getString(2)));
                }, member.value(), nightId);
        return new Hypnogram(nightId, segments, vitals);
    }

    void deleteAll(MemberId member) {
        jdbc.update("delete from sleep_segment where member_id = ?", member.value());
        jdbc.update("delete from sleep_vital where member_id = ?", member.value());
    }
}
