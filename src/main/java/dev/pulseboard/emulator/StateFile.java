package dev.pulseboard.emulator;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pulseboard.core.PrivateFiles;

/**
 * A part of the emulator's state kept in a properties file of {@code state-dir} (demo mode), so that a restart of
 * the server keeps it: written whole to a new file that then replaces the old one, read back at start. Without a
 * state directory it does nothing and the state lives in memory only. A file that cannot be written or read is
 * logged and the emulator goes on from memory.
 */
public final class StateFile {

    private static final Logger log = LoggerFactory.getLogger(StateFile.class);

    private final Path file;
    private final String what;

    public StateFile(EmulatorProperties properties, String name, String what) {
        this.file = properties.stateFile(name);
        this.what = what;
    }

    public synchronized void write(Properties state) {
        if (file == null) {
            return;
        }
        try {
            PrivateFiles.directory(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                state.store(out, "The emulator's " + what + " (demo mode)");
            }
            // The webhook secret and the links' refresh-token hashes: the server's account's alone.
            PrivateFiles.ownerOnly(next);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("The emulator's {} could not be kept in {} ({}): a restart will lose them", what, file,
                    e.getMessage());
        }
    }

    /** What the last run kept, or nothing. */
    public Properties read() {
        Properties state = new Properties();
        if (file == null || !Files.isRegularFile(file)) {
            return state;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            state.load(in);
            log.info("The emulator kept {} {} from the last run", state.size(), what);
        } catch (IOException e) {
            log.warn("The emulator's {} in {} could not be read ({})", what, file, e.getMessage());
        }
        return state;
    }
}
