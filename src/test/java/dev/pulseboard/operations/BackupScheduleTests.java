package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BackupScheduleTests {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void aBackupIsDueWithNoneOrWhenTheNewestIsAnIntervalOldWhateverTheRestarts() {
        assertThat(BackupSchedule.due(Optional.empty(), NOW, DAY)).isTrue();
        assertThat(BackupSchedule.due(Optional.of(NOW.minus(Duration.ofHours(25))), NOW, DAY)).isTrue();
        assertThat(BackupSchedule.due(Optional.of(NOW.minus(DAY).plusSeconds(30)), NOW, DAY))
                .as("within the check's minute of leeway").isTrue();
        assertThat(BackupSchedule.due(Optional.of(NOW.minus(Duration.ofHours(23))), NOW, DAY)).isFalse();
    }
}
