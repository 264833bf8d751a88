package dev.pulseboard.operations.backup;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.PrivateFiles;

/**
 * The embedded database's file is health data: once Flyway has opened it (H2 makes it with the umask's permissions,
 * often readable by every account), it is made readable by the server's account alone, at every start. A data
 * directory that other accounts may enter or list (one the operator made, or a container volume) is named in a
 * warning with the command that closes it: Pulseboard leaves the permissions of a directory it did not make as
 * they are, but every file it writes there is owner-only.
 */
@Component
class EmbeddedDatabaseFiles implements Callback {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseFiles.class);

    private final String url;

    EmbeddedDatabaseFiles(@Value("${spring.datasource.url:}") String url) {
        this.url = url;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        RestoreFromBackup.embeddedDatabase(url).filter(Files::isRegularFile).ifPresent(this::closeUp);
    }

    void closeUp(Path database) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            PrivateFiles.ownerOnly(database);
            Path directory = database.toAbsolutePath().getParent();
            if (PrivateFiles.readableByOthers(directory)) {
                log.warn("The data directory {} may be read by other accounts ({}): the database file and the key "
                        + "file are not, but make the directory the server's alone: chmod 700 {}", directory,
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)), directory);
            }
        } catch (IOException e) {
            log.warn("Could not make the database file {} readable by this account alone: {}", database,
                    e.getMessage());
        }
    }

    @Override
    public String getCallbackName() {
        return "embedded-database-files";
    }
}
