package dev.pulseboard.operations.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A restored database is the server's own once the server is ready: the note a restore left beside it
 * ({@link RestoreFromBackup#PENDING}) goes, and from then on a restore into this data directory is refused.
 */
@Component
class RestoreFinished {

    private static final Logger log = LoggerFactory.getLogger(RestoreFinished.class);

    private final String url;

    RestoreFinished(@Value("${spring.datasource.url:}") String url) {
        this.url = url;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        RestoreFromBackup.embeddedDatabase(url).ifPresent(database -> {
            Path pending = database.toAbsolutePath().resolveSibling(RestoreFromBackup.PENDING);
            try {
                if (Files.deleteIfExists(pending)) {
                    log.info("The restore is complete: this data directory's database is in use");
                }
            } catch (IOException e) {
                log.warn("Could not remove {} ({}): a restore of the same backup would replace this database",
                        pending, e.getMessage());
            }
        });
    }
}
