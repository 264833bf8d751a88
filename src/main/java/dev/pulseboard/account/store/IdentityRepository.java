package dev.pulseboard.account.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pulseboard.core.HouseholdId;

/** The logins' identities at the household's OpenID provider: issuer and subject, unique together. */
@Repository
public class IdentityRepository {

    private final JdbcClient jdbc;

    IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> userOf(String issuer, String subject) {
        return jdbc.sql("select user_id from user_identity where issuer = ? and subject = ?").params(issuer, subject)
                .query(Long.class).optional();
    }

    public boolean hasIdentity(long userId, String issuer) {
        return jdbc.sql("select count(*) from user_identity where user_id = ? and issuer = ?").params(userId, issuer)
                .query(Long.class).single() > 0;
    }

    public void insert(long userId, String issuer, String subject, Instant now) {
        jdbc.sql("insert into user_identity (user_id, issuer, subject, created_at) values (?, ?, ?, ?)")
                .params(userId, issuer, subject, Timestamp.from(now)).update();
    }

    /** The household that setup made: where a login registered by the provider goes, and refusals are recorded. */
    public Optional<HouseholdId> firstHousehold() {
        return jdbc.sql("select id from household order by id fetch first 1 rows only").query(Long.class).optional()
                .map(HouseholdId::of);
    }
}
