package dev.pulseboard.sync;

/** Where a member's sync stands. */
public enum SyncState {
    IDLE, QUEUED, RUNNING, FAILED
}
