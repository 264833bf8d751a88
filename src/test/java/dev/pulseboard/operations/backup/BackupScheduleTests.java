package dev.pulseboard.operations.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.support.Poll;
import dev.pulseboard.withings.MutableClock;

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

    @Test
    void aRequestWhileABackupIsUnderWayGetsThatOneAndTheNextStartsAfresh() throws Exception {
        var release = new CountDownLatch(1);
        var finished = new CountDownLatch(2);
        List<String> written = new CopyOnWriteArrayList<>();
        MutableClock clock = new MutableClock(NOW);
        Backups slow = new Backups(null, clock, new OperationsProperties(DAY, 7), "unused", "jdbc:h2:file:unused") {
            @Override
            public synchronized Path create(String name) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.add(name);
                finished.countDown();
                return Path.of(name);
            }
        };
        List<Object> audited = new CopyOnWriteArrayList<>();
        var schedule = new BackupSchedule(slow, new OperationsProperties(DAY, 7), clock, audited::add);
        CurrentUser admin = new CurrentUser(1, HouseholdId.of(1), "admin@example.org", "Ada", CurrentUser.Role.ADMIN,
                null, false, false, null);
        try {
            String first = schedule.requestBy(admin);
            clock.advance(Duration.ofMinutes(1));
            assertThat(schedule.requestBy(admin)).as("a moment later, while it is written: that backup")
                    .isEqualTo(first);
            assertThat(audited).as("one backup asked for: one line in the audit log").hasSize(1);
            release.countDown();
            String second = Poll.until(Duration.ofSeconds(10), "the first backup to finish",
                    () -> {
                        String name = schedule.request();
                        return name.equals(first) ? null : name;
                    });
            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(written).as("one backup for the two first requests, then the next").containsExactly(first,
                    second);
        } finally {
            schedule.destroy();
        }
    }
}
