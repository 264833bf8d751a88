package dev.pulseboard.withings.budget;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import dev.pulseboard.withings.WithingsProperties;
import dev.pulseboard.withings.transport.Sleeper;

/**
 * Chooses the rate budget's bucket: shared through PostgreSQL (table {@code withings_rate_bucket}, one row per
 * client id) when the app's database is PostgreSQL, so several instances share the 120 requests per minute;
 * in-process otherwise (H2, no database). The DataSource is used for this and nothing else.
 */
public final class RateBudgets {

    static final String TABLE = "withings_rate_bucket";
    private static final Logger log = LoggerFactory.getLogger(RateBudgets.class);

    private RateBudgets() {
    }

    public static RateBudget create(WithingsProperties properties, DataSource dataSource, Clock clock, Sleeper sleeper) {
        Bucket bucket = isPostgres(dataSource) ? sharedBucket(properties, dataSource, clock)
                : localBucket(properties.requestsPerMinute(), clock);
        return new BucketRateBudget(bucket, properties.backfillReserve(), properties.rateLimitedPause(), clock,
                sleeper);
    }

    /**
     * A burst of {@code requestsPerMinute / 30} that refills smoothly with the rest less one, so that no sliding
     * minute sees more than {@code requestsPerMinute - 1} requests (Withings does not say how it counts its minute;
     * the one spare absorbs network jitter between our count and theirs). At 120: 4 at once, then 115 a minute,
     * 96 % of the budget when backfills keep it busy.
     */
    static BucketConfiguration configuration(int requestsPerMinute) {
        int burst = WithingsProperties.burst(requestsPerMinute);
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst)
                        .refillGreedy(Math.max(1, requestsPerMinute - burst - 1), Duration.ofMinutes(1)))
                .build();
    }

    /** An in-process bucket (H2, a single instance, tests). */
    static Bucket localBucket(int requestsPerMinute, Clock clock) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(BucketRateBudget.timeMeter(clock));
        for (Bandwidth bandwidth : configuration(requestsPerMinute).getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }

    /** A bucket kept in PostgreSQL under a key derived from the client id, shared by every instance. */
    static Bucket sharedBucket(WithingsProperties properties, DataSource dataSource, Clock clock) {
        BucketConfiguration configuration = configuration(properties.requestsPerMinute());
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .clientClock(BucketRateBudget.timeMeter(clock))
                .build()
                .builder()
                .build(key(properties.clientId()), () -> configuration);
    }

    /** A stable 64-bit key per client id. */
    static long key(String clientId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(clientId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static boolean isPostgres(DataSource dataSource) {
        if (dataSource == null) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
        } catch (SQLException e) {
            log.warn("Could not tell which database this is ({}); the Withings rate budget stays in process",
                    e.getMessage());
            return false;
        }
    }
}
