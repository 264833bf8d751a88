package dev.pulseboard.health.daily;

import static dev.pulseboard.health.Merge.col;
import static dev.pulseboard.health.Merge.instant;
import static dev.pulseboard.health.Merge.ts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.Decimals;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.Merge;

@Repository
class GoalRepository {

    private static final String UPSERT = Merge.sql("member_goals", List.of(col("member_id", "bigint")),
            List.of(col("steps", "integer"), col("sleep_seconds", "integer"), col("weight_raw", "bigint"),
                    col("weight_exp", "integer"), col("updated_at", "timestamp with time zone"),
                    col("fetched_at", "timestamp with time zone")));

    private final JdbcTemplate jdbc;

    GoalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(MemberId member, MemberGoals goals) {
        BigDecimal weight = goals.weightKg();
        jdbc.update(UPSERT, member.value(), goals.steps(), goals.sleepSeconds(),
                weight == null ? null : weight.unscaledValue().longValueExact(), weight == null ? null : -weight.scale(),
                ts(goals.updatedAt()), ts(goals.fetchedAt()));
    }

    Optional<MemberGoals> find(MemberId member) {
        return jdbc.query("select * from member_goals where member_id = ?", (rs, n) -> {
            Long raw = rs.getObject("weight_raw", Long.class);
            return new MemberGoals(rs.getObject("steps", Integer.class), rs.getObject("sleep_seconds", Integer.class),
                    raw == null ? null : Decimals.scaled(raw, rs.getInt("weight_exp")),
                    instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("fetched_at")));
        }, member.value()).stream().findFirst();
    }

    void delete(MemberId member) {
        jdbc.update("delete from member_goals where member_id = ?", member.value());
    }
}
