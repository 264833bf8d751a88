package dev.pulseboard.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.core.Secrets;
import dev.pulseboard.core.Sha256;

/**
 * Personal access tokens for the JSON API. Only a SHA-256 of each token is stored: the token itself is shown
 * once, when it is created. Tokens carry a {@value #PREFIX} prefix so that secret scanners can recognise them. A token
 * may be made to expire after 1 to {@value #MAX_DAYS} days; without, it works until revoked. Making and revoking one
 * is recorded in the audit log (its name and kind, never the token).
 */
@Service
public class PersonalAccessTokens {

    static final String PREFIX = "pb_";
    public static final int MAX_DAYS = 3650;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PersonalAccessTokens(JdbcClient jdbc, Accounts accounts, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /** A new token and when it expires (null: when revoked), {@code expiresInDays} 1 to 3650 or null. */
    @Transactional
    public Created create(CurrentUser user, String name, Integer expiresInDays, boolean readOnly) {
        String cleanName = Validation.name(name, "token name");
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
            throw new AccountException(AccountException.Reason.INVALID,
                    "A token lives between 1 and " + MAX_DAYS + " days; leave the number of days out for a "
                            + "token that works until revoked.");
        }
        String token = Secrets.random(PREFIX);
        // To the microsecond, as the database keeps it, so the answer equals what GET lists later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
        jdbc.sql("insert into access_token (user_id, name, token_hash, created_at, expires_at, read_only) "
                + "values (?, ?, ?, ?, ?, ?)")
                .params(user.userId(), cleanName, hash(token), Timestamp.from(now),
                        expires == null ? null : Timestamp.from(expires), readOnly)
                .update();
        recorded(user, HouseholdChanged.Change.TOKEN_CREATED, "API token \u201c" + cleanName + "\u201d made"
                + (readOnly ? ", read-only" : "") + (expires == null ? ", until revoked"
                        : ", for " + expiresInDays + (expiresInDays == 1 ? " day" : " days")));
        return new Created(token, expires);
    }

    /** A token just made (shown this once) and when it expires, if it does. */
    public record Created(String token, Instant expiresAt) {
    }

    /** The user a token belongs to; empty for an unknown or malformed token. */
    @Transactional
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Holder> holder = jdbc.sql("select user_id, read_only from access_token where token_hash = ? "
                + "and (expires_at is null or expires_at > ?)").params(hash, Timestamp.from(clock.instant()))
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getBoolean(2))).optional();
        holder.ifPresent(h -> jdbc.sql("update access_token set last_used_at = ? where token_hash = ?")
                .params(Timestamp.from(clock.instant()), hash).update());
        return holder.flatMap(h -> accounts.findUser(h.userId()).map(u -> h.readOnly() ? u.asReadOnly() : u));
    }

    private record Holder(long userId, boolean readOnly) {
    }

    /** Revokes every token of the user (after a password change, unless they keep them). */
    @Transactional
    public void revokeAll(CurrentUser user) {
        jdbc.sql("delete from access_token where user_id = ?").param(user.userId()).update();
    }

    /** A token as its owner may see it again: never the token itself, which is not stored. */
    public record TokenInfo(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
            @Nullable Instant expiresAt, boolean readOnly) {
    }

    /** The user's tokens, newest first. */
    public List<TokenInfo> list(CurrentUser user) {
        return jdbc.sql("select id, name, created_at, last_used_at, expires_at, read_only from access_token where user_id = ? "
                + "order by created_at desc, id desc").param(user.userId())
                .query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getBoolean(6)))
                .list();
    }

    /** Revokes one of the user's own tokens at once; false when the user has no such token. */
    @Transactional
    public boolean revoke(CurrentUser user, long id) {
        Optional<String> name = jdbc.sql("select name from access_token where id = ? and user_id = ?")
                .params(id, user.userId()).query(String.class).optional();
        boolean revoked = jdbc.sql("delete from access_token where id = ? and user_id = ?").params(id, user.userId())
                .update() == 1;
        if (revoked) {
            recorded(user, HouseholdChanged.Change.TOKEN_REVOKED, "API token \u201c" + name.orElse("") + "\u201d revoked");
        }
        return revoked;
    }

    private void recorded(CurrentUser user, HouseholdChanged.Change change, String detail) {
        events.publishEvent(new HouseholdChanged(user.householdId(), user.userId(), null, change, detail));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
