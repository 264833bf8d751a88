package dev.pulseboard.withings.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.MutableClock;
import dev.pulseboard.withings.Priority;

class BucketRateBudgetTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final RateBudget budget = new BucketRateBudget(RateBudgets.localBucket(120, clock), 2,
            Duration.ofSeconds(10), clock, duration -> {
                waits.add(duration);
                clock.advance(duration);
            });

    @Test
    void allowsABurstThenPacesToTheRefillRate() {
        for (int i = 0; i < 4; i++) {
            budget.acquire(Priority.INTERACTIVE);
        }
        assertThat(waits).isEmpty();

        budget.acquire(Priority.INTERACTIVE);

        assertThat(waits).isNotEmpty();
        assertThat(waits.stream().mapToLong(Duration::toMillis).sum()).isBetween(500L, 600L);
    }

    @Test
    void neverSendsMoreThanTheBudgetInAnySlidingMinute() {
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            budget.acquire(i % 3 == 0 ? Priority.BACKFILL : Priority.NOTIFICATION);
            sent.add(clock.instant());
        }

        int most = 0;
        for (int first = 0, last = 0; last < sent.size(); last++) {
            while (sent.get(first).plusSeconds(60).compareTo(sent.get(last)) <= 0) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        assertThat(most).isLessThanOrEqualTo(119).isGreaterThanOrEqualTo(114);
    }

    @Test
    void keepsAReserveFromBackfillForInteractiveCalls() {
        for (int i = 0; i < 2; i++) {
            budget.acquire(Priority.BACKFILL);
        }
        assertThat(waits).isEmpty();

        for (int i = 0; i < 2; i++) {
            budget.acquire(Priority.INTERACTIVE);
        }
        assertThat(waits).isEmpty();

        budget.acquire(Priority.BACKFILL);
        assertThat(waits).isNotEmpty();
    }

    @Test
    void pausesEveryoneAfterARateLimitAnswer() {
        budget.acquire(Priority.INTERACTIVE);
        Instant limitedAt = clock.instant();

        budget.rateLimited();
        budget.acquire(Priority.INTERACTIVE);

        assertThat(clock.instant()).isAfterOrEqualTo(limitedAt.plusSeconds(10));
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(10));
    }
}
