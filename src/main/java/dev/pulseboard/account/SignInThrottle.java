package dev.pulseboard.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pulseboard.core.Sha256;

/**
 * Throttles online guessing of passwords (sign-in, and the current password asked to change it), in the database so
 * that every instance counts the same attempts. An attempt is counted before its password is checked, under a lock of
 * its counter's row, so that attempts sent at once are counted one after the other: after {@value #ACCOUNT_LIMIT}
 * failed attempts for an account within {@link #WINDOW}, or {@value #ADDRESS_LIMIT} from one address, further ones are
 * refused unchecked (even with the right password) for a delay that doubles with each lock-out: 1, 2, 4 ... at most
 * 60 minutes. A success takes its attempt back and clears the account's count.
 */
@Component
public class SignInThrottle {

    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(60);
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate apart;

    SignInThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Refused: too many failed attempts; {@code retryAfter} says when to try again. */
    public static final class Throttled extends AuthenticationException {

        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("Too many failed sign-ins. Try again in " + minutes(retryAfter) + ".");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        /** "a minute", "4 minutes". */
        public String waitInWords() {
            return minutes(retryAfter);
        }

        private static String minutes(Duration d) {
            long m = Math.max(1, (d.getSeconds() + 59) / 60);
            return m == 1 ? "a minute" : m + " minutes";
        }
    }

    /**
     * An attempt, counted; whether it was the one that locked the account or the address (a failure then stands, and
     * the caller records the lock-out; a success takes the lock back).
     */
    public record Attempt(String account, String address, boolean lockedAccount, boolean lockedAddress) {
    }

    /**
     * Counts an attempt before its password is checked; {@link Throttled} while the account or the address is locked
     * (nothing is checked then).
     */
    public Attempt attempt(String account, String address) {
        Instant now = clock.instant();
        forgetQuietSubjects(now);
        boolean lockedAccount = reserve(accountKey(account), ACCOUNT_LIMIT, now);
        boolean lockedAddress = address != null && reserve(addressKey(address), ADDRESS_LIMIT, now);
        if (lockedAccount) {
            log.warn("Sign-in locked for an account after {} failures within {} minutes", ACCOUNT_LIMIT,
                    WINDOW.toMinutes());
        }
        return new Attempt(account, address, lockedAccount, lockedAddress);
    }

    /** The attempt's password was right: the account's count starts again, and the address's attempt is taken back. */
    public void succeeded(Attempt attempt) {
        apart.executeWithoutResult(status -> {
            jdbc.sql("update sign_in_failure set failures = 0, locked_until = null, lockouts = case when ? then "
                    + "lockouts - 1 else lockouts end where subject = ?")
                    .params(attempt.lockedAccount(), accountKey(attempt.account())).update();
            if (attempt.address() != null) {
                jdbc.sql("update sign_in_failure set failures = case when failures > 0 then failures - 1 else 0 end, "
                        + "locked_until = case when ? then null else locked_until end, lockouts = case when ? then "
                        + "lockouts - 1 else lockouts end where subject = ?")
                        .params(attempt.lockedAddress(), attempt.lockedAddress(), addressKey(attempt.address()))
                        .update();
            }
        });
    }

    /**
     * Forgets accounts and addresses with no failed attempt for {@link #FORGOTTEN_AFTER} and no lock running: the table
     * keeps no address or account longer than it counts for, and a lock-out's doubling starts again after a quiet day.
     */
    private void forgetQuietSubjects(Instant now) {
        apart.executeWithoutResult(status -> jdbc.sql("delete from sign_in_failure where first_at < ? and "
                + "(locked_until is null or locked_until < ?)")
                .params(Timestamp.from(now.minus(FORGOTTEN_AFTER)), Timestamp.from(now)).update());
    }

    /** Counts one attempt on the subject's row; true when it reached the limit and locked. */
    private boolean reserve(String subject, int limit, Instant now) {
        ensureRow(subject, now);
        Boolean locked = apart.execute(status -> {
            Row r = jdbc.sql("select failures, first_at, lockouts, locked_until from sign_in_failure "
                    + "where subject = ? for update").param(subject)
                    .query((rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
                            Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant).orElse(null)))
                    .single();
            if (r.lockedUntil() != null && r.lockedUntil().isAfter(now)) {
                throw new Throttled(Duration.between(now, r.lockedUntil()));
            }
            boolean fresh = r.firstAt().plus(WINDOW).isBefore(now);
            int failures = fresh ? 1 : r.failures() + 1;
            Instant firstAt = fresh ? now : r.firstAt();
            if (failures >= limit) {
                Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(r.lockouts(), 6));
                Instant until = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
                jdbc.sql("update sign_in_failure set failures = 0, first_at = ?, locked_until = ?, lockouts = ? "
                        + "where subject = ?").params(Timestamp.from(now), Timestamp.from(until), r.lockouts() + 1,
                                subject).update();
                return true;
            }
            jdbc.sql("update sign_in_failure set failures = ?, first_at = ? where subject = ?")
                    .params(failures, Timestamp.from(firstAt), subject).update();
            return false;
        });
        return Boolean.TRUE.equals(locked);
    }

    /** The subject's row, made if it is not there yet (by this attempt or one at the same moment). */
    private void ensureRow(String subject, Instant now) {
        try {
            apart.executeWithoutResult(status -> jdbc.sql("insert into sign_in_failure (subject, failures, first_at, "
                    + "lockouts) select ?, 0, ?, 0 where not exists (select 1 from sign_in_failure where subject = ?)")
                    .params(subject, Timestamp.from(now), subject).update());
        } catch (DataIntegrityViolationException madeMeanwhile) {
            // Another attempt made it first: it is there.
        }
    }

    private record Row(int failures, Instant firstAt, int lockouts, Instant lockedUntil) {
    }

    /**
     * The account's row, by a hash of what was typed as the e-mail: the table keeps no text a person typed (a
     * password typed into the e-mail field, say).
     */
    static String accountKey(String account) {
        return "account:" + Sha256.hex(account == null ? "" : account.strip().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
