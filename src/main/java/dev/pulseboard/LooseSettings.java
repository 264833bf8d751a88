package dev.pulseboard;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import dev.pulseboard.core.InvalidSettingException;
import dev.pulseboard.core.PrivateFiles;
import dev.pulseboard.operations.StartupFailureAnalyzer;

/**
 * Settings written loosely, made exact before anything reads them. The data directory becomes an absolute path (H2
 * refuses {@code mydata/pulseboard}, a path "implicitly relative", and stopped the start with a stack trace) and is
 * created for its owner alone, for the embedded database, when it does not exist ({@link PrivateFiles}); one that
 * is a file, or that cannot be made, stops the start with one line that names the setting; the public
 * URL loses a trailing slash (which made the demo's authorize and callback addresses {@code //withings/...}, refused
 * by the firewall).
 */
public class LooseSettings implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    /**
     * A data directory, database or key file this account may not read and write (the server once run by root, files
     * restored as another user) stops the start with one line that says whose it is, not with H2's stack trace.
     */
    private static void ownedByThisAccount(Path path, Path dataDir) throws IOException {
        if (!Files.exists(path) || (Files.isReadable(path) && Files.isWritable(path))) {
            return;
        }
        String account = System.getProperty("user.name");
        throw new InvalidSettingException(StartupFailureAnalyzer.DATA_DIR, "'" + path + "' cannot be read and written"
                + " by this account (" + account + "; it belongs to " + Files.getOwner(path).getName() + "): give the"
                + " data directory to the account that runs Pulseboard, for example chown -R " + account + " '"
                + dataDir + "'");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> exact = new LinkedHashMap<>();
        String dir = env.getProperty("pulseboard.data-dir");
        if (StringUtils.hasText(dir)) {
            Path absolute = null;
            try {
                absolute = Path.of(dir.strip()).toAbsolutePath().normalize();
                if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
                    throw new InvalidSettingException(StartupFailureAnalyzer.DATA_DIR,
                            "'" + absolute + "' is a file, not a directory");
                }
                // The embedded database would make it with the umask's permissions: made here first, owner-only. A
                // restore makes it itself, once the backup proved good; on PostgreSQL or in memory the key's writer
                // makes it, if anything is written there at all.
                if (env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:")
                        && !StringUtils.hasText(env.getProperty("pulseboard.restore-from"))) {
                    PrivateFiles.directory(absolute);
                    ownedByThisAccount(absolute, absolute);
                    ownedByThisAccount(absolute.resolve("pulseboard.mv.db"), absolute);
                }
                ownedByThisAccount(absolute.resolve("encryption.key"), absolute);
                exact.put("pulseboard.data-dir", absolute.toString());
            } catch (InvalidPathException e) {
                // Left as given: the start's own checks name the setting when it is used.
            } catch (IOException e) {
                throw new InvalidSettingException(StartupFailureAnalyzer.DATA_DIR, "'" + absolute + "' cannot be "
                        + "made (" + (e instanceof AccessDeniedException ? "permission denied" : e.toString()) + ")");
            }
        }
        String url = env.getProperty("pulseboard.public-url");
        if (StringUtils.hasText(url) && url.strip().endsWith("/")) {
            exact.put("pulseboard.public-url", url.strip().replaceAll("/+$", ""));
        }
        if (!exact.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("pulseboardExactSettings", exact));
        }
    }
}
