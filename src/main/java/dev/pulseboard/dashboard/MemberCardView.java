package dev.pulseboard.dashboard;

import java.time.Instant;

import dev.pulseboard.connection.ConnectionState;
import dev.pulseboard.health.Reading;
import dev.pulseboard.sync.SyncStatus;

/** A member on the household overview. */
public record MemberCardView(long id, String name, ConnectionState connection, Reading latestWeight, SyncStatus sync) {

    public Instant lastSyncAt() {
        return sync.lastSuccessAt();
    }
}
