package dev.pulseboard.withings;

import java.time.Clock;

import javax.sql.DataSource;

/** Chooses the rate budget's bucket: shared through PostgreSQL when the app runs on it, in-process otherwise. */
final class RateBudgets {

    private RateBudgets() {
    }

    static RateBudget create(WithingsProperties properties, DataSource dataSource, Clock clock, Sleeper sleeper) {
        return new BucketRateBudget(BucketRateBudget.localBucket(properties.requestsPerMinute(), clock),
                properties.backfillReserve(), properties.rateLimitedPause(), clock, sleeper);
    }
}
