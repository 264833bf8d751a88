package dev.pulseboard.withings.budget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsTransientException;
import dev.pulseboard.withings.transport.Sleeper;

/**
 * {@link RateBudget} over a Bucket4j bucket: in-process, or a PostgreSQL-backed proxy shared by instances.
 * Backfill only takes a request while more than {@code reserve} are left, so interactive and notification calls
 * find some at once. A 601 drains the (shared) bucket and pauses this instance for {@code pause}.
 */
final class BucketRateBudget implements RateBudget {

    private final Bucket bucket;
    private final int reserve;
    private final Duration pause;
    private final Clock clock;
    private final Sleeper sleeper;
    private volatile Instant pausedUntil = Instant.MIN;

    BucketRateBudget(Bucket bucket, int reserve, Duration pause, Clock clock, Sleeper sleeper) {
        this.bucket = bucket;
        this.reserve = reserve;
        this.pause = pause;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void acquire(Priority priority) {
        while (true) {
            Duration wait = Duration.between(clock.instant(), pausedUntil);
            if (wait.isNegative() || wait.isZero()) {
                wait = tryTake(priority);
                if (wait.isZero()) {
                    return;
                }
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WithingsTransientException("rate budget", 0, "interrupted while waiting for the budget", e);
            }
        }
    }

    /** Takes one request and returns zero, or returns how long to wait before trying again. */
    private Duration tryTake(Priority priority) {
        if (priority == Priority.BACKFILL && reserve > 0) {
            long available = bucket.getAvailableTokens();
            if (available <= reserve) {
                long nanos = bucket.estimateAbilityToConsume(reserve + 1).getNanosToWaitForRefill();
                return Duration.ofNanos(Math.max(nanos, 1_000_000));
            }
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO
                : Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000));
    }

    @Override
    public long availableTokens() {
        return bucket.getAvailableTokens();
    }

    @Override
    public void rateLimited() {
        bucket.tryConsumeAsMuchAsPossible();
        pausedUntil = clock.instant().plus(pause);
    }

    /** Bucket4j time from the injected clock, so tests can move time. */
    static TimeMeter timeMeter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
