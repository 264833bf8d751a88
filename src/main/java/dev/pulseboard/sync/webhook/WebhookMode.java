package dev.pulseboard.sync.webhook;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pulseboard.withings.notify.CallbackHosts;

/**
 * Whether Withings can call Pulseboard back. Withings delivers notifications only to HTTPS addresses on a real
 * domain, on port 443 or 80; the built-in emulator (demo mode) delivers to any address. Without webhooks, Pulseboard
 * polls.
 */
@Component
public class WebhookMode {

    private static final Logger log = LoggerFactory.getLogger(WebhookMode.class);
    private static final int MAX_CALLBACK = 255;
    /** Where Withings notifies this installation, before its secret. */
    static final String NOTIFY_PATH = "/withings/notify/";

    private final boolean demo;
    private final URI publicUrl;
    private final boolean sharedDatabase;

    public WebhookMode(@Value("${pulseboard.demo:false}") boolean demo, @Value("${pulseboard.public-url}") String publicUrl,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.demo = demo;
        this.sharedDatabase = databaseUrl.startsWith("jdbc:postgresql:");
        this.publicUrl = URI.create(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1)
                : publicUrl);
    }

    public boolean enabled() {
        return demo || refusal() == null;
    }

    /**
     * Why Withings would refuse to call this installation back, or null if it would not: Withings takes only
     * callbacks on HTTPS, on a real domain (no IP address, no localhost), on port 443 or 80, of at most 255
     * characters (withings-api.md §5); a subscription to any other is answered 293 and never notified.
     */
    private String refusal() {
        if (!"https".equalsIgnoreCase(publicUrl.getScheme()) || CallbackHosts.refused(publicUrl.getHost())) {
            return "is not an HTTPS address on a real domain, which Withings requires";
        }
        if (publicUrl.getPort() != -1 && publicUrl.getPort() != 443 && publicUrl.getPort() != 80) {
            return "is on port " + publicUrl.getPort() + ", and Withings calls only ports 443 and 80";
        }
        int length = callback("x".repeat(NotificationInbox.SECRET_CHARS)).toString().length();
        if (length > MAX_CALLBACK) {
            return "makes a notification address of " + length + " characters, and Withings takes at most "
                    + MAX_CALLBACK;
        }
        return null;
    }

    /** In words, for the settings page: which mode is active and why. */
    public String explanation() {
        if (demo) {
            return "Webhooks: on (demo mode: the built-in emulator notifies Pulseboard directly).";
        }
        String refusal = refusal();
        if (refusal == null) {
            return "Webhooks: on. Withings notifies " + publicUrl + " of new data, which is fetched within seconds.";
        }
        return "Webhooks: off, because the public URL " + publicUrl + " " + refusal + ". Pulseboard polls every "
                + "connected member instead.";
    }

    /** Once the server is up, the operator's log says the same as the settings page, and whether it is demo mode. */
    @EventListener(ApplicationReadyEvent.class)
    void logMode() {
        log.info("{}{}", demo ? "Demo mode (no Withings client id set): Withings is the built-in emulator, with "
                + "made-up personas. " : "", explanation());
        if (demo && sharedDatabase) {
            log.warn("Demo mode on PostgreSQL: the built-in emulator, with the tokens it issued and a secret made up "
                    + "at this start, lives in this instance alone. Run a single instance in demo mode: a second one "
                    + "on this database would have its syncs refused and show the members as needing a reconnect. "
                    + "Several instances need a Withings app (WITHINGS_CLIENT_ID).");
        }
    }

    public URI publicUrl() {
        return publicUrl;
    }

    URI callback(String secret) {
        return URI.create(publicUrl + NOTIFY_PATH + secret);
    }

}
