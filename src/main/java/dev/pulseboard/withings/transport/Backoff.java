package dev.pulseboard.withings.transport;

import java.time.Duration;
import java.util.random.RandomGenerator;

import dev.pulseboard.withings.WithingsTransientException;

/** Exponential back-off with full jitter: attempt n waits a random time in [d/2, d], d = min(max, base * 2^n). */
public final class Backoff {

    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;
    private final Sleeper sleeper;

    public Backoff(Duration base, Duration max, RandomGenerator random, Sleeper sleeper) {
        this.base = base;
        this.max = max;
        this.random = random;
        this.sleeper = sleeper;
    }

    Duration delay(int attempt) {
        long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(attempt, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(ceiling - half + 1) : 0));
    }

    /** Waits before retry number {@code attempt + 1}; an interrupt ends the call as a transient failure. */
    void pause(int attempt, String endpoint) {
        try {
            sleeper.sleep(delay(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WithingsTransientException(endpoint, 0, "interrupted while backing off", e);
        }
    }
}
