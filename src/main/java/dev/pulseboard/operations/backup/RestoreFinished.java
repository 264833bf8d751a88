package dev.pulseboard.operations.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.HouseholdChanged;

/**
 * A restored database is the server's own once the server is ready: the note a restore left beside it
 * ({@link RestoreFromBackup#PENDING}) goes, from then on a restore into this data directory is refused, and each
 * household's audit log says that the server was restored from that backup (whatever was recorded after the backup
 * was made is not in it).
 */
@Component
class RestoreFinished {

    private static final Logger log = LoggerFactory.getLogger(RestoreFinished.class);

    private final String url;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    RestoreFinished(@Value("${spring.datasource.url:}") String url, Accounts accounts,
            ApplicationEventPublisher events) {
        this.url = url;
        this.accounts = accounts;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        RestoreFromBackup.embeddedDatabase(url).ifPresent(database -> {
            Path pending = database.toAbsolutePath().resolveSibling(RestoreFromBackup.PENDING);
            try {
                String backup = RestoreFromBackup.restoredFrom(pending);
                if (Files.deleteIfExists(pending)) {
                    log.info("The restore is complete: this data directory's database is in use");
                    accounts.households().forEach(household -> events.publishEvent(new HouseholdChanged(household,
                            null, null, HouseholdChanged.Change.RESTORED, "the server was restored from the backup "
                                    + backup + "; what was recorded after that backup was made is not in it")));
                }
            } catch (IOException e) {
                log.warn("Could not remove {} ({}): a restore of the same backup would replace this database",
                        pending, e.getMessage());
            }
        });
    }
}
