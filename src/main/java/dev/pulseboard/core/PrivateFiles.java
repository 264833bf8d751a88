package dev.pulseboard.core;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Health data on disk for its owner alone: directories Pulseboard creates (the data directory, backups) are
 * {@code rwx------} and the files it writes there {@code rw-------}, whatever the umask, so no other account on the
 * machine reads the database or a backup. A directory that exists already keeps the permissions its operator gave
 * it. On a file system without POSIX permissions nothing changes.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the directory (and its missing parents) for the owner alone; an existing one is left as it is. */
    public static Path directory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return directory;
        }
        Files.createDirectories(directory);
        if (POSIX) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
        return directory;
    }

    /** Whether accounts other than the owner may read or list {@code path} (false without POSIX permissions). */
    public static boolean readableByOthers(Path path) throws IOException {
        if (!POSIX) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        permissions.retainAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
        return !permissions.isEmpty();
    }

    /** Makes a file Pulseboard wrote readable by its owner alone. */
    public static void ownerOnly(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
