package dev.pulseboard.sync;

import java.time.Instant;

/**
 * A member's sync as pages and the API show it: the state, when a run last succeeded, what the current (or
 * last) run has done so far, and why it failed, in words a person can act on.
 */
public record SyncStatus(SyncState state, Instant lastSuccessAt, Progress progress, String error) {

    static final SyncStatus NEVER = new SyncStatus(SyncState.IDLE, null, new Progress(0, 0), null);

    /** Pages fetched from Withings and readings stored by the current or last run. */
    public record Progress(int pagesFetched, long itemsStored) {
    }
}
