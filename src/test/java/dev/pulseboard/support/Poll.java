package dev.pulseboard.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, checking every 50 ms: the way tests wait, instead of sleeping. */
public final class Poll {

    private Poll() {
    }

    public static <T> T until(Duration timeout, String what, Supplier<T> attempt) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = attempt.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
