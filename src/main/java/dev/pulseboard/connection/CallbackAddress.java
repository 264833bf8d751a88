package dev.pulseboard.connection;

import java.net.URI;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.pulseboard.withings.WithingsProperties;
import dev.pulseboard.withings.notify.CallbackHosts;

/**
 * Where Withings sends the browser back after the consent: the registered callback URL, which is the server's public
 * URL in demo mode. A flow started from a page opened at another host (the server's IP address while the public URL
 * says {@code localhost}) comes back where its browser session is not, and cannot complete: the page says so before.
 */
@Component
public class CallbackAddress {

    private static final Logger log = LoggerFactory.getLogger(CallbackAddress.class);

    private final URI callback;
    private final boolean refusedByWithings;

    CallbackAddress(WithingsProperties withings) {
        this.callback = URI.create(withings.redirectUri());
        String account = withings.accountUrl().getHost() == null ? ""
                : withings.accountUrl().getHost().toLowerCase(Locale.ROOT);
        // Real Withings (not an emulator) accepts no localhost or IP address as a callback URL (its developer FAQ).
        this.refusedByWithings = (account.equals("withings.com") || account.endsWith(".withings.com"))
                && CallbackHosts.refused(callback.getHost());
        if (refusedByWithings) {
            log.warn(warning());
        }
    }

    /**
     * Whether the callback is an address real Withings refuses (localhost or an IP address) while the server talks to
     * real Withings: every link would fail at Withings' consent page.
     */
    public boolean refusedByWithings() {
        return refusedByWithings;
    }

    /** What to do about a callback Withings refuses, for the log and the Server page. */
    public String warning() {
        return "The Withings callback URL " + callback + " is a localhost or IP address, which Withings does not "
                + "accept (its developer FAQ): linking a member will fail at Withings. Reach Pulseboard by a domain "
                + "name over HTTPS, set PULSEBOARD_PUBLIC_URL (pulseboard.public-url) to it and register its "
                + "/withings/callback in the Withings developer dashboard.";
    }

    /** The callback's origin ("http://localhost:8080"), the address to open Pulseboard at to link a member. */
    public String origin() {
        return callback.getScheme() + "://" + callback.getRawAuthority();
    }

    /**
     * The callback's origin when its host is not {@code requestHost} (the host the page was opened at), else null.
     * Hosts only: behind a proxy the request's scheme and port are the proxy's inner ones.
     */
    public String elsewhereThan(String requestHost) {
        return callback.getHost() == null || callback.getHost().equalsIgnoreCase(requestHost) ? null : origin();
    }
}
