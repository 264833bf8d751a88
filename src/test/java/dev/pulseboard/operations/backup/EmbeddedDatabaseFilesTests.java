package dev.pulseboard.operations.backup;

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

/** The database file is the owner's alone whatever the umask made it; an open data directory is named. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseFilesTests {

    @TempDir
    Path dir;

    @Test
    void makesTheDatabaseFileOwnerOnlyAndNamesADirectoryOthersMayRead(CapturedOutput output) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path database = Files.writeString(data.resolve("pulseboard.mv.db"), "health data");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));

        new EmbeddedDatabaseFiles("jdbc:h2:file:" + data.resolve("pulseboard") + ";WRITE_DELAY=0").handle(null, null);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
        assertThat(output).contains("The data directory " + data + " may be read by other accounts (rwxr-xr-x)")
                .contains("chmod 700 " + data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).as("the operator's own")
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void saysNothingOfADirectoryTheOwnerAloneMayEnter(CapturedOutput output) throws IOException {
        Path data = Files.createDirectory(dir.resolve("private"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(data.resolve("pulseboard.mv.db"), "health data");

        new EmbeddedDatabaseFiles("jdbc:h2:file:" + data.resolve("pulseboard")).handle(null, null);

        assertThat(output).doesNotContain("may be read by other accounts");
    }
}
