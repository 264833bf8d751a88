package dev.pulseboard.dashboard.overview;

import dev.pulseboard.connection.ConnectionState;
import dev.pulseboard.dashboard.heart.BloodPressureView;
import dev.pulseboard.health.measure.BpGuideline;
import dev.pulseboard.sync.SyncStatus;

/**
 * A member at a glance: latest weight and its change over 30 days, last blood pressure with its category,
 * connection and sync. Figures are already written in the viewer's units; null when there is none.
 */
public record MemberCardView(long id, String name, ConnectionState connection, SyncStatus sync, String weight,
        String weightUnit, String weightWhen, String weightChange, BloodPressureView bloodPressure,
        String bloodPressureWhen, String lastSync, String lastNight, String steps, SyncProgressView progress,
        BpGuideline guideline) {

    public boolean isSyncing() {
        return sync.state().name().equals("RUNNING") || sync.state().name().equals("QUEUED");
    }

}
