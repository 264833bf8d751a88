package dev.pulseboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.pulseboard.support.PulseboardTest;

/** The throttle's counts, per account and per address, in the database that every instance shares. */
@PulseboardTest
class SignInThrottleIntegrationTests {

    @Autowired
    SignInThrottle throttle;

    @Test
    void anAddressIsLockedAfterTwentyFailuresWhateverTheAccounts() {
        String address = "192.0.2." + (System.nanoTime() % 250 + 1);
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT - 1; i++) {
            throttle.failed("someone-" + i + "-" + System.nanoTime() + "@example.org", address);
        }
        assertThatNoException().isThrownBy(() -> throttle.check("fresh@example.org", address));
        throttle.failed("last-" + System.nanoTime() + "@example.org", address);
        assertThatThrownBy(() -> throttle.check("fresh@example.org", address))
                .isInstanceOf(SignInThrottle.Throttled.class).hasMessageContaining("Try again in a minute");
        assertThatNoException().isThrownBy(() -> throttle.check("fresh@example.org", "198.51.100.7"));
    }

    @Test
    void eachLockOutOfAnAccountLastsTwiceAsLongAsTheOneBefore() {
        String account = "doubling-" + System.nanoTime() + "@example.org";
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT - 1; i++) {
            assertThat(throttle.failed(account, null)).isFalse();
        }
        assertThat(throttle.failed(account, null)).as("the fifth failure locks").isTrue();
        var first = catchThrottled(account);
        assertThat(first.retryAfter().getSeconds()).isBetween(50L, 60L);
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            throttle.failed(account, null);
        }
        assertThat(catchThrottled(account).retryAfter().getSeconds()).isBetween(110L, 120L);
    }

    private SignInThrottle.Throttled catchThrottled(String account) {
        try {
            throttle.check(account, null);
        } catch (SignInThrottle.Throttled e) {
            return e;
        }
        throw new AssertionError("not throttled: " + account);
    }
}
