package dev.pulseboard.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles online guessing, in the database so that every instance counts the same failures. After
 * {@value #ACCOUNT_LIMIT} failed sign-ins for an account within {@link #WINDOW}, or {@value #ADDRESS_LIMIT} from one
 * address, further attempts for it are refused (even with the right password) for a delay that doubles with each
 * lock-out: 1, 2, 4 ... at most 60 minutes. A success clears the account's count.
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(60);
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refused: too many failed sign-ins; {@code retryAfter} says when to try again. */
    static final class Throttled extends AuthenticationException {

        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("Too many failed sign-ins. Try again in " + minutes(retryAfter) + ".");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }

        private static String minutes(Duration d) {
            long m = Math.max(1, (d.getSeconds() + 59) / 60);
            return m == 1 ? "a minute" : m + " minutes";
        }
    }

    /** Throws {@link Throttled} while the account or the address is locked. */
    void check(String account, String address) {
        Instant now = clock.instant();
        Optional<Instant> until = lockedUntil(accountKey(account), now)
                .or(() -> address == null ? Optional.empty() : lockedUntil(addressKey(address), now));
        if (until.isPresent()) {
            throw new Throttled(Duration.between(now, until.get()));
        }
    }

    /** Counts a failure; true when it locked the account (the caller records the lock-out). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(String account, String address) {
        boolean locked = count(accountKey(account), ACCOUNT_LIMIT);
        if (address != null) {
            count(addressKey(address), ADDRESS_LIMIT);
        }
        if (locked) {
            log.warn("Sign-in locked for an account after {} failures within {} minutes", ACCOUNT_LIMIT,
                    WINDOW.toMinutes());
        }
        return locked;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String account) {
        jdbc.sql("update sign_in_failure set failures = 0 where subject = ?").param(accountKey(account)).update();
    }

    private Optional<Instant> lockedUntil(String subject, Instant now) {
        return jdbc.sql("select locked_until from sign_in_failure where subject = ?").param(subject)
                .query((rs, n) -> rs.getTimestamp(1)).optional()
                .filter(t -> t != null && t.toInstant().isAfter(now)).map(Timestamp::toInstant);
    }

    private boolean count(String subject, int limit) {
        Instant now = clock.instant();
        var row = jdbc.sql("select failures, first_at, lockouts from sign_in_failure where subject = ?")
                .param(subject).query((rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
                .optional();
        if (row.isEmpty()) {
            jdbc.sql("insert into sign_in_failure (subject, failures, first_at, lockouts) values (?, 1, ?, 0)")
                    .params(subject, Timestamp.from(now)).update();
            return limit <= 1;
        }
        Row r = row.get();
        boolean fresh = r.firstAt().plus(WINDOW).isBefore(now);
        int failures = fresh ? 1 : r.failures() + 1;
        Instant firstAt = fresh ? now : r.firstAt();
        if (failures >= limit) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(r.lockouts(), 6));
            Instant until = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            jdbc.sql("update sign_in_failure set failures = 0, first_at = ?, locked_until = ?, lockouts = ? "
                    + "where subject = ?").params(Timestamp.from(now), Timestamp.from(until), r.lockouts() + 1, subject)
                    .update();
            return true;
        }
        jdbc.sql("update sign_in_failure set failures = ?, first_at = ? where subject = ?")
                .params(failures, Timestamp.from(firstAt), subject).update();
        return false;
    }

    private record Row(int failures, Instant firstAt, int lockouts) {
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
