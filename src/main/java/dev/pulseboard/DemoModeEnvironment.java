package dev.pulseboard;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import dev.pulseboard.withings.WithingsProperties;

/**
 * Demo mode: with no Withings client id configured, Pulseboard serves its built-in emulator under
 * {@value #EMULATOR_PATH}, registers itself there as a partner app with a secret made up for this run, and
 * points its Withings client at it. With a client id set, nothing here applies and the configured URLs are used.
 *
 * <p>The browser-facing account URL goes through {@code pulseboard.public-url}; server-side API calls go to the
 * loopback address, so demo mode works behind a proxy too.
 */
public class DemoModeEnvironment implements EnvironmentPostProcessor {

    static final String EMULATOR_PATH = "/emulator/withings";
    static final String DEMO_CLIENT_ID = WithingsProperties.DEMO_CLIENT_ID;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        // Values hold placeholders, resolved when read: a port set later (a test's free port) still applies.
        Map<String, Object> props = new LinkedHashMap<>();
        if (!StringUtils.hasText(env.getProperty("pulseboard.public-url"))) {
            props.put("pulseboard.public-url", "http://localhost:${server.port:8080}");
        }
        boolean emulatorOnly = Modes.EMULATOR.equalsIgnoreCase(env.getProperty("pulseboard.mode", "app"));
        if (emulatorOnly) {
            // The emulator alone has no database: ready is ready, with no 'db' to include.
            props.put("management.endpoint.health.group.readiness.include", "readinessState");
        }
        boolean demo = !emulatorOnly && !StringUtils.hasText(env.getProperty("pulseboard.withings.client-id"));
        if (demo) {
            String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(20));
            String callback = "${pulseboard.public-url}/withings/callback";
            props.put("pulseboard.demo", "true");
            props.put("pulseboard.emulator.enabled", "true");
            props.put("pulseboard.emulator.base-path", EMULATOR_PATH);
            props.put("pulseboard.emulator.state-dir", "${pulseboard.data-dir}/emulator");
            props.put("pulseboard.emulator.clients[0].client-id", DEMO_CLIENT_ID);
            props.put("pulseboard.emulator.clients[0].client-secret", secret);
            props.put("pulseboard.emulator.clients[0].redirect-uris[0]", callback);
            props.put("pulseboard.withings.client-id", DEMO_CLIENT_ID);
            props.put("pulseboard.withings.client-secret", secret);
            props.put("pulseboard.withings.redirect-uri", callback);
            props.put("pulseboard.withings.account-url", "${pulseboard.public-url}" + EMULATOR_PATH);
            props.put("pulseboard.withings.api-url", "http://localhost:${server.port:8080}" + EMULATOR_PATH);
        }
        if (!demo && !emulatorOnly && !StringUtils.hasText(env.getProperty("pulseboard.withings.redirect-uri"))) {
            // The address Withings' partner page asks for; an empty one made "Connect Withings" fail at Withings.
            props.put("pulseboard.withings.redirect-uri", "${pulseboard.public-url}/withings/callback");
        }
        if (!props.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("pulseboardDemoMode", props));
        }
    }
}
