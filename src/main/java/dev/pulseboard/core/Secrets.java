package dev.pulseboard.core;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets handed out once and stored only as a {@link Sha256} hash (API tokens, invitation links, OAuth states):
 * 256 random bits from the JDK's strong generator, URL-safe Base64 without padding, after a prefix that names the
 * kind (so secret scanners and people can recognise them).
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A new secret: {@code prefix} followed by 43 URL-safe characters (256 bits). */
    public static String random(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
