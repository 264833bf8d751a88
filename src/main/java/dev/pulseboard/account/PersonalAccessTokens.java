package dev.pulseboard.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.core.Sha256;

/**
 * Personal access tokens for the JSON API. Only a SHA-256 of each token is stored: the token itself is shown
 * once, when it is created. Tokens carry a {@value #PREFIX} prefix so that secret scanners can recognise them.
 */
@Service
public class PersonalAccessTokens {

    static final String PREFIX = "pb_";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalAccessTokens(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public String create(CurrentUser user, String name) {
        String cleanName = Validation.name(name, "token name");
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into access_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(user.userId(), cleanName, hash(token), Timestamp.from(clock.instant())).update();
        return token;
    }

    /** The user a token belongs to; empty for an unknown or malformed token. */
    @Transactional
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Long> userId = jdbc.sql("select user_id from access_token where token_hash = ?")
                .param(hash).query(Long.class).optional();
        userId.ifPresent(id -> jdbc.sql("update access_token set last_used_at = ? where token_hash = ?")
                .params(Timestamp.from(clock.instant()), hash).update());
        return userId.flatMap(accounts::findUser);
    }

    /** A token as its owner may see it again: never the token itself, which is not stored. */
    public record TokenInfo(long id, String name, java.time.Instant createdAt, java.time.Instant lastUsedAt) {
    }

    /** The user's tokens, newest first. */
    public java.util.List<TokenInfo> list(CurrentUser user) {
        return jdbc.sql("select id, name, created_at, last_used_at from access_token where user_id = ? "
                + "order by created_at desc, id desc").param(user.userId())
                .query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Revokes one of the user's own tokens at once; false when the user has no such token. */
    @Transactional
    public boolean revoke(CurrentUser user, long id) {
        return jdbc.sql("delete from access_token where id = ? and user_id = ?").params(id, user.userId())
                .update() == 1;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
