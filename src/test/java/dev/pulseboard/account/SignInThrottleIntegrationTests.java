package dev.pulseboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pulseboard.support.PulseboardTest;

/** The throttle's counts, per account and per address, in the database that every instance shares. */
@PulseboardTest
class SignInThrottleIntegrationTests {

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    /** What was typed as the e-mail (a password, by mistake) is never written; a quiet day forgets a subject. */
    @Test
    void theCountsKeepNoTypedTextAndForgetAQuietDay() {
        String address = "198.51.100." + (System.nanoTime() % 250 + 1);
        throttle.attempt("My Secret Passphrase " + address, address);
        assertThat(jdbc.sql("select subject from sign_in_failure").query(String.class).list())
                .noneMatch(s -> s.toLowerCase().contains("secret passphrase")).contains("address:" + address);

        jdbc.sql("update sign_in_failure set first_at = ? where subject = ?").params(Timestamp.from(Instant.now()
                .minus(SignInThrottle.FORGOTTEN_AFTER).minusSeconds(60)), "address:" + address).update();
        throttle.attempt("someone.else@example.org", null);

        assertThat(jdbc.sql("select count(*) from sign_in_failure where subject = ?").param("address:" + address)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anAddressIsLockedAfterTwentyFailuresWhateverTheAccounts() {
        String address = "192.0.2." + (System.nanoTime() % 250 + 1);
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT - 1; i++) {
            throttle.attempt("someone-" + i + "-" + System.nanoTime() + "@example.org", address);
        }
        var last = throttle.attempt("last-" + System.nanoTime() + "@example.org", address);
        assertThat(last.lockedAddress()).as("the twentieth failure locks").isTrue();
        assertThatThrownBy(() -> throttle.attempt("fresh@example.org", address))
                .isInstanceOf(SignInThrottle.Throttled.class).hasMessageContaining("Try again in a minute");
        assertThatNoException().isThrownBy(() -> throttle.attempt("fresh-" + System.nanoTime() + "@example.org",
                "198.51.100.7"));
    }

    @Test
    void aSuccessTakesItsAttemptBackSoAHouseholdBehindOneAddressIsNotLockedOut() {
        String address = "203.0.113." + (System.nanoTime() % 250 + 1);
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT * 2; i++) {
            throttle.succeeded(throttle.attempt("family-" + (i % 4) + "-" + address + "@example.org", address));
        }
        assertThatNoException().isThrownBy(() -> throttle.attempt("family-0-" + address + "@example.org", address));
    }

    @Test
    void eachLockOutOfAnAccountLastsTwiceAsLongAsTheOneBefore() {
        String account = "doubling-" + System.nanoTime() + "@example.org";
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT - 1; i++) {
            assertThat(throttle.attempt(account, null).lockedAccount()).isFalse();
        }
        assertThat(throttle.attempt(account, null).lockedAccount()).as("the fifth failure locks").isTrue();
        var first = catchThrottled(account);
        assertThat(first.retryAfter().getSeconds()).isBetween(50L, 60L);
        lockOver(account);
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            throttle.attempt(account, null);
        }
        assertThat(catchThrottled(account).retryAfter().getSeconds()).isBetween(110L, 120L);
    }

    @Test
    void attemptsSentAtOnceAreCountedOneAfterTheOtherAndNoMoreThanTheLimitAreChecked() throws Exception {
        String account = "burst-" + System.nanoTime() + "@example.org";
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        int checked = 0;
        try {
            var answers = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        throttle.attempt(account, null);
                        return true;
                    } catch (SignInThrottle.Throttled refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            for (var answer : answers) {
                checked += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(checked).as("passwords that would have been checked").isEqualTo(SignInThrottle.ACCOUNT_LIMIT);
    }

    /** As if the lock's minute had passed. */
    private void lockOver(String account) {
        jdbc.sql("update sign_in_failure set locked_until = first_at where subject = ?")
                .param(SignInThrottle.accountKey(account)).update();
    }

    private SignInThrottle.Throttled catchThrottled(String account) {
        try {
            throttle.attempt(account, null);
        } catch (SignInThrottle.Throttled e) {
            return e;
        }
        throw new AssertionError("not throttled: " + account);
    }
}
