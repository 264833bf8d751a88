package dev.pulseboard.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.sync.SyncState;
import dev.pulseboard.sync.SyncStatus;

class SyncProgressViewTests {

    @Test
    void listsEveryDataTypeWaitingFetchingOrDone() {
        var status = new SyncStatus(SyncState.RUNNING, null, new SyncStatus.Progress(5, 300, Map.of(
                "measures", new SyncStatus.DataTypeProgress(4, 290, true, null),
                "sleep", new SyncStatus.DataTypeProgress(1, 10, false, null),
                "future_type", new SyncStatus.DataTypeProgress(0, 0, true, null))), null);
        var view = SyncProgressView.of(status);
        assertThat(view.dataTypes()).extracting(SyncProgressView.DataType::key)
                .containsExactly("measures", "sleep", "activity", "workouts", "ecg", "future_type");
        assertThat(view.dataTypes()).extracting(SyncProgressView.DataType::state)
                .containsExactly("done", "fetching", "waiting", "waiting", "waiting", "done");
        assertThat(view.summary()).isEqualTo("2 of 6 data types done");
        assertThat(view.dataTypes().get(1).detail()).isEqualTo("10 items in 1 page");
    }
}
