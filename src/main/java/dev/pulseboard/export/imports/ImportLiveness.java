package dev.pulseboard.export.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.InstanceName;

/**
 * Which imports this instance is running, said to the database every {@link #HEARTBEAT}; and the turning of an
 * import that nobody is running any more (its instance stopped: no heartbeat for {@link #STALE}) into FAILED with
 * a reason the member can act on. Each file of an archive is stored in one transaction with its line in the report
 * (the body files one by one, sleep, the daily files together), so a stopped import kept exactly the files its
 * report lists and nothing of the file it was in; importing the archive again adds only what is missing.
 */
@Component
class ImportLiveness {

    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration STALE = HEARTBEAT.multipliedBy(6);
    static final String STOPPED = "The server stopped during the import. The files listed were kept; nothing from "
            + "the file it was reading was kept. Upload the archive again: what is already here is recognised and "
            + "not doubled.";

    private static final Logger log = LoggerFactory.getLogger(ImportLiveness.class);

    private final ImportJobRepository jobs;
    private final Clock clock;
    private final String owner;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "archive-import-heartbeat");
        t.setDaemon(true);
        return t;
    });

    ImportLiveness(ImportJobRepository jobs, Clock clock, InstanceName instance) {
        this.jobs = jobs;
        this.clock = clock;
        this.owner = instance.value();
        beat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** This instance's name in {@code import_job.owner}. */
    String owner() {
        return owner;
    }

    void started(String id) {
        running.add(id);
    }

    void finished(String id) {
        running.remove(id);
    }

    /** Fails every import whose owner has been silent for {@link #STALE}; returns how many. */
    int failAbandoned() {
        Instant now = clock.instant();
        Instant staleBefore = now.minus(STALE);
        int failed = 0;
        for (ImportJobRepository.Abandoned a : jobs.abandoned(staleBefore)) {
            if (!running.contains(a.id()) && jobs.failAbandoned(a.id(), staleBefore, STOPPED, now)) {
                log.warn("Import {} was left RUNNING by {} (last heard of at {}): marked FAILED", a.id(), a.owner(),
                        a.lastSeen());
                failed++;
            }
        }
        return failed;
    }

    private void beat() {
        try {
            jobs.heartbeat(List.copyOf(running), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not record the heartbeat of the running imports: {}", e.getMessage());
        }
    }


    @PreDestroy
    void stop() {
        beat.shutdownNow();
    }
}
