package dev.pulseboard.operations;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * When backups are written: every {@code pulseboard.operations.backup-interval} (the first one interval after the
 * start), and on request. Both go through one background thread, so two backups never run at once and a request
 * is answered at once.
 */
@Component
@EnableScheduling
class BackupSchedule implements SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final Backups backups;
    private final OperationsProperties properties;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "pulseboard-backup");
        thread.setDaemon(true);
        return thread;
    });

    BackupSchedule(Backups backups, OperationsProperties properties) {
        this.backups = backups;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (backups.embedded() && !properties.backupInterval().isZero() && !properties.backupInterval().isNegative()) {
            registrar.addFixedDelayTask(new FixedDelayTask(() -> run(backups.nextName()),
                    properties.backupInterval(), properties.backupInterval()));
        }
    }

    /** Starts a backup in the background; returns the name of the file it will write. */
    String request() {
        String name = backups.nextName();
        worker.execute(() -> run(name));
        return name;
    }

    private void run(String name) {
        try {
            backups.create(name);
        } catch (RuntimeException e) {
            log.error("The backup {} failed: {}", name, e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }
}
