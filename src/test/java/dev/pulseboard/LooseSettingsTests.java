package dev.pulseboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import dev.pulseboard.core.InvalidSettingException;

class LooseSettingsTests {

    @Test
    void aRelativeDataDirectoryBecomesAbsoluteAndIsCreatedForItsOwnerAlone() throws IOException {
        String relative = "target/loose-settings/" + UUID.randomUUID() + "/data";
        MockEnvironment env = new MockEnvironment().withProperty("pulseboard.data-dir", relative)
                .withProperty("spring.datasource.url", "jdbc:h2:file:" + relative + "/pulseboard");

        new LooseSettings().postProcessEnvironment(env, new SpringApplication());

        Path dir = Path.of(env.getProperty("pulseboard.data-dir"));
        assertThat(dir).isAbsolute().isEqualTo(Path.of(relative).toAbsolutePath().normalize());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void withoutTheEmbeddedDatabaseNoDirectoryIsMadeAhead() {
        String relative = "target/loose-settings/" + UUID.randomUUID() + "/data";
        MockEnvironment env = new MockEnvironment().withProperty("pulseboard.data-dir", relative)
                .withProperty("spring.datasource.url", "jdbc:postgresql://localhost/pulseboard");

        new LooseSettings().postProcessEnvironment(env, new SpringApplication());

        assertThat(Path.of(env.getProperty("pulseboard.data-dir"))).isAbsolute().doesNotExist();
    }

    @Test
    void anExistingDirectoryKeepsItsPermissions() throws IOException {
        Path dir = Files.createTempDirectory("loose-settings");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
        MockEnvironment env = new MockEnvironment().withProperty("pulseboard.data-dir", dir.toString());

        new LooseSettings().postProcessEnvironment(env, new SpringApplication());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwxr-x---");
    }

    @Test
    void aDataDirectoryThatIsAFileStopsTheStartWithOneLineNamingTheSetting() throws IOException {
        Path file = Files.createTempFile("loose-settings", ".txt");
        MockEnvironment env = new MockEnvironment().withProperty("pulseboard.data-dir", file.toString())
                .withProperty("spring.datasource.url", "jdbc:h2:file:" + file + "/pulseboard");

        assertThatThrownBy(() -> new LooseSettings().postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("pulseboard.data-dir (PULSEBOARD_DATA_DIR): '" + file + "' is a file, not a directory");
    }

    @Test
    void thePublicUrlLosesATrailingSlash() {
        MockEnvironment env = new MockEnvironment().withProperty("pulseboard.public-url", "https://pulse.example.org//");

        new LooseSettings().postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("pulseboard.public-url")).isEqualTo("https://pulse.example.org");
    }
}
