package dev.pulseboard.connection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.pulseboard.connection.audit.Actor;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Secrets;
import dev.pulseboard.core.Sha256;

/**
 * OAuth {@code state} values: 256 random bits, stored only as a hash, bound to household and member, valid
 * for {@link #LIFETIME}, consumed by the first callback that may use them (a replay finds nothing).
 */
@Component
class OAuthStates {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    OAuthStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue(HouseholdId household, MemberId member, Origin origin) {
        String state = Secrets.random("");
        Instant now = clock.instant();
        jdbc.sql("delete from oauth_state where expires_at < ?").param(Timestamp.from(now)).update();
        jdbc.sql("insert into oauth_state (state_hash, household_id, member_id, origin, created_at, expires_at, "
                + "started_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(Sha256.hex(state), household.value(), member.value(), origin.name(), Timestamp.from(now),
                        Timestamp.from(now.plus(LIFETIME)), Actor.currentUserId())
                .update();
        return state;
    }

    /** What the state was bound to, if it exists and has not expired; {@link #consume} uses it up. */
    Optional<IssuedState> find(String state) {
        return stored(state).filter(s -> s.expiresAt().isAfter(clock.instant()));
    }

    /** Deletes the state; false if another callback used it up first (a replay finds nothing). */
    boolean consume(String state) {
        return jdbc.sql("delete from oauth_state where state_hash = ?").param(Sha256.hex(state)).update() == 1;
    }

    private Optional<IssuedState> stored(String state) {
        if (state == null || state.isBlank() || state.length() > 100) {
            return Optional.empty();
        }
        String hash = Sha256.hex(state);
        return jdbc.sql("select household_id, member_id, origin, expires_at, started_by from oauth_state "
                + "where state_hash = ?").param(hash)
                .query((rs, n) -> new IssuedState(HouseholdId.of(rs.getLong("household_id")),
                        MemberId.of(rs.getLong("member_id")), Origin.valueOf(rs.getString("origin")),
                        rs.getTimestamp("expires_at").toInstant(), (Long) rs.getObject("started_by", Long.class)))
                .optional();
    }

    /** Where the flow started: a page (the state must come back in the same browser session) or the API. */
    enum Origin {
        PAGE, API
    }

    record IssuedState(HouseholdId householdId, MemberId memberId, Origin origin, Instant expiresAt, Long startedBy) {
    }
}
