package dev.pulseboard.connection;

import java.net.URI;

import org.springframework.stereotype.Component;

import dev.pulseboard.withings.WithingsProperties;

/**
 * Where Withings sends the browser back after the consent: the registered callback URL, which is the server's public
 * URL in demo mode. A flow started from a page opened at another host (the server's IP address while the public URL
 * says {@code localhost}) comes back where its browser session is not, and cannot complete: the page says so before.
 */
@Component
public class CallbackAddress {

    private final URI callback;

    CallbackAddress(WithingsProperties withings) {
        this.callback = URI.create(withings.redirectUri());
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
