package dev.pulseboard.connection.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The key file of the data directory is made once, and is its owner's alone at every start. */
@ExtendWith(OutputCaptureExtension.class)
class EncryptionKeysTests {

    @TempDir
    Path dir;

    @Test
    void makesAKeyFileOwnerOnlyAndReadsTheSameKeyAgain() throws IOException {
        String made = EncryptionKeys.loadOrCreate(dir);

        assertThat(permissions(dir.resolve(EncryptionKeys.KEY_FILE))).isEqualTo("rw-------");
        assertThat(EncryptionKeys.loadOrCreate(dir)).isEqualTo(made);
    }

    /** A key file copied in with the umask's permissions (a restore, a move to a new machine) is closed up. */
    @Test
    void closesUpAKeyFileOtherAccountsMayRead(CapturedOutput output) throws IOException {
        String made = EncryptionKeys.loadOrCreate(dir);
        Path file = dir.resolve(EncryptionKeys.KEY_FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(EncryptionKeys.loadOrCreate(dir)).isEqualTo(made);

        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(output).contains("The key file " + file + " could be read by other accounts").doesNotContain(made);
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
