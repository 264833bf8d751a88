package dev.pulseboard.operations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

import dev.pulseboard.core.InvalidSettingException;

/**
 * Settings that are wrong before anything starts: with a Withings client id set, its secret must be set too (every
 * token request would fail at the first Connect), and the public URL must be set, to an
 * absolute HTTPS address (Withings calls back and notifies only HTTPS; plain HTTP is let through for a loopback
 * host only, where a local Withings emulator answers). A wrong one stops the start with one line.
 */
public class SettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final String PUBLIC_URL = "pulseboard.public-url";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    /** Right after the configuration files are read, before demo mode fills in its default public URL. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if ("emulator".equalsIgnoreCase(env.getProperty("pulseboard.mode", "app").trim())) {
            return;
        }
        String clientId = env.getProperty("pulseboard.withings.client-id");
        String publicUrl = env.getProperty(PUBLIC_URL);
        if (!StringUtils.hasText(clientId)) {
            return;
        }
        if (!StringUtils.hasText(env.getProperty("pulseboard.withings.client-secret"))) {
            throw new InvalidSettingException("pulseboard.withings.client-secret (WITHINGS_CLIENT_SECRET)", "not set, "
                    + "but a Withings client id is set: set the secret of the same Withings app (its developer "
                    + "dashboard shows both), or neither for demo mode");
        }
        if (!StringUtils.hasText(publicUrl)) {
            throw new InvalidSettingException(PUBLIC_URL + " (PULSEBOARD_PUBLIC_URL)", "not set, but a Withings "
                    + "client id is set: set the https:// address Withings calls back and notifies");
        }
        checkPublicUrl(publicUrl.trim());
    }

    static void checkPublicUrl(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(PUBLIC_URL + " (PULSEBOARD_PUBLIC_URL)",
                    "'" + value + "' is not a URL; set the https:// address people and Withings reach Pulseboard at");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidSettingException(PUBLIC_URL + " (PULSEBOARD_PUBLIC_URL)",
                    "'" + value + "' is not an absolute http(s) URL such as https://pulse.example.org");
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new InvalidSettingException(PUBLIC_URL + " (PULSEBOARD_PUBLIC_URL)",
                    "'" + value + "' is not HTTPS, but a Withings client id is set and Withings calls back only "
                            + "HTTPS addresses; put Pulseboard behind an HTTPS proxy and set its https:// address");
        }
    }
}
