package dev.pulseboard.emulator.oauth;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Withings' callback URL rules (strict setting): HTTPS, a real domain (no IP address, no localhost), port 443 or 80,
 * at most 255 characters. Lenient mode only wants an absolute http(s) URL.
 */
public final class CallbackRules {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private CallbackRules() {
    }

    /** Why the URL is refused, or null when it is acceptable. */
    public static String problem(String url, boolean strict) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "not a URL";
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (host == null || scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return "not an absolute http(s) URL";
        }
        if (!strict) {
            return null;
        }
        if (url.length() > 255) {
            return "longer than 255 characters";
        }
        if (!scheme.equals("https")) {
            return "not HTTPS";
        }
        if (uri.getPort() != -1 && uri.getPort() != 443 && uri.getPort() != 80) {
            return "port other than 443 or 80";
        }
        if (host.equalsIgnoreCase("localhost") || host.endsWith(".localhost") || host.startsWith("[")
                || IPV4.matcher(host).matches()) {
            return "an IP address or localhost";
        }
        return null;
    }
}
