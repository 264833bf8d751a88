package dev.pulseboard.withings.notify;

import java.util.Locale;

/**
 * Withings calls back only a real domain: no {@code localhost} (or a name under it) and no IP address, for the
 * OAuth redirect (its developer FAQ) and for notifications (withings-api.md §5, where a subscription to one is
 * answered 293).
 */
public final class CallbackHosts {

    private CallbackHosts() {
    }

    /** Whether Withings refuses a callback on {@code host} (a URI's host: an IPv6 address comes in brackets). */
    public static boolean refused(String host) {
        if (host == null) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.matches("[0-9.]+") || h.contains(":");
    }
}
