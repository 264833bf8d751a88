package dev.pulseboard.emulator.persona;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.clock.EmulatorClock;

/**
 * Makes the personas live: whenever the emulator's clock moves forward (set or advanced through the admin API, or
 * just time passing, checked every {@code live-upload-interval}), the readings whose upload time it passed are
 * "uploaded" and their notifications go to the subscribed callbacks, as a reading added through the admin API does.
 * Uploads of one user in one catch-up are merged per appli (and, for activity, per local day).
 */
@Component
class LiveUploads implements DisposableBean {

    private final PersonaStore store;
    private final Readings readings;
    private final EmulatorClock clock;
    private final ScheduledExecutorService ticker;

    LiveUploads(PersonaStore store, Readings readings, EmulatorClock clock, EmulatorProperties properties) {
        this.store = store;
        this.readings = readings;
        this.clock = clock;
        clock.onChange(this::catchUp);
        long millis = properties.liveUploadInterval().toMillis();
        if (millis > 0) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "emulator-uploads");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleWithFixedDelay(this::catchUpQuietly, millis, millis, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** Uploads, for every user whose data exists, what the clock has reached since the last catch-up. */
    synchronized void catchUp() {
        long now = clock.epochSecond();
        for (UserData user : store.materialized()) {
            List<Timeline.Upload> uploads = user.uploadsUpTo(now);
            if (!uploads.isEmpty()) {
                readings.tell(user.persona().userId(), uploads);
            }
        }
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(LiveUploads.class).warn("Emulator uploads failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
