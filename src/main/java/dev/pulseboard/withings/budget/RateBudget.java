package dev.pulseboard.withings.budget;

import dev.pulseboard.withings.Priority;

/**
 * The app-wide Withings request budget (per client id, shared by every member and, on PostgreSQL, by every
 * instance). Every HTTP call to Withings takes one request from it first.
 */
public interface RateBudget {

    /** Blocks until a request may be sent for a caller of this priority. */
    void acquire(Priority priority);

    /** Withings answered 601: stop everyone briefly instead of hammering. */
    void rateLimited();

    /** Requests that could be sent right now (a gauge for the metrics; on PostgreSQL, one read of the bucket). */
    long availableTokens();
}
