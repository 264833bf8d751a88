package dev.pulseboard.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pulseboard.account.household.InvitationLinks;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.core.PrivateFiles;

/**
 * The way back in when no administrator can sign in (the only one forgot their password): started with
 * {@code pulseboard.recover-admin=true}, Pulseboard makes an administrator's invitation valid for an hour and writes
 * its link to {@value #FILE} in the data directory, readable by the server's account alone (never to the log: the
 * link lets whoever holds it in). The operator opens it, makes a login, sets a temporary password for the
 * administrator who forgot theirs on People, and starts the server again without the setting, which removes the file.
 */
@Component
class AdminRecovery {

    static final String FILE = "admin-recovery.txt";
    static final Duration VALIDITY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(AdminRecovery.class);

    private final boolean enabled;
    private final Invitations invitations;
    private final InvitationLinks links;
    private final Path dataDir;

    AdminRecovery(@Value("${pulseboard.recover-admin:false}") boolean enabled, Invitations invitations,
            InvitationLinks links, @Value("${pulseboard.data-dir:./data}") String dataDir) {
        this.enabled = enabled;
        this.invitations = invitations;
        this.links = links;
        this.dataDir = Path.of(dataDir);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() throws IOException {
        if (enabled) {
            recover();
        } else {
            removeLeftover();
        }
    }

    /**
     * A start without the setting removes the file an earlier one wrote: its link was used (it serves once) or is
     * soon out of date, and a copy of a way in should not lie in the data directory, nor go into its backups.
     */
    boolean removeLeftover() throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.deleteIfExists(file)) {
            return false;
        }
        log.info("Removed {} left by a start with pulseboard.recover-admin (its link serves once and for an hour); "
                + "start with the setting again for a new one", file.toAbsolutePath());
        return true;
    }

    /** The file with the invitation's link, or empty before the household is set up (the first-run page is open). */
    Optional<Path> recover() throws IOException {
        var created = invitations.createForRecovery(VALIDITY);
        if (created.isEmpty()) {
            log.warn("pulseboard.recover-admin is set, but Pulseboard is not set up yet: open it in a browser to set "
                    + "it up. Remove the setting.");
            return Optional.empty();
        }
        Path file = PrivateFiles.directory(dataDir).resolve(FILE);
        Files.deleteIfExists(file);
        Files.createFile(file);
        PrivateFiles.ownerOnly(file);
        Instant until = created.get().invitation().expiresAt().truncatedTo(ChronoUnit.SECONDS);
        Files.writeString(file, "An administrator's invitation, valid until " + until + " (UTC):\n\n" + links.url(created.get().token()) + "\n\nOpen it, make a login, then on People set a "
                + "temporary password for the administrator who forgot theirs. Start Pulseboard again without "
                + "pulseboard.recover-admin: that start deletes this file.\n", StandardCharsets.UTF_8);
        log.warn("pulseboard.recover-admin: an administrator's invitation, valid until {}, is in {} (readable by "
                + "this server's account alone). Start again without the setting once it is used.",
                until, file.toAbsolutePath());
        return Optional.of(file);
    }
}
