package dev.pulseboard.sync;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A member's sync as pages and the API show it: the state, when a run last succeeded, what the current (or
 * last) run has done so far, and why it failed, in words a person can act on.
 */
public record SyncStatus(SyncState state, @Nullable Instant lastSuccessAt, Progress progress,
        @Nullable String error) {

    static final SyncStatus NEVER = new SyncStatus(SyncState.IDLE, null, new Progress(0, 0, Map.of()),
            null);

    /** Pages fetched from Withings and records stored by the current or last run, in all and per data type. */
    public record Progress(int pagesFetched, long itemsStored, Map<String, DataTypeProgress> dataTypes) {
    }

    /**
     * One data type in the current or last run: pages and records so far, whether it is complete, and up to
     * when Withings' changes are in ({@code syncedUpTo}: the cursor, null before the first complete run).
     */
    public record DataTypeProgress(int pagesFetched, long itemsStored, boolean finished,
            @Nullable Instant syncedUpTo) {
    }
}
