package dev.pulseboard.emulator.oauth;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random tokens, codes and nonces in Withings' shape (hex). */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code bytes * 2} lowercase hex characters; 20 bytes give Withings' 40-hex tokens. */
    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
