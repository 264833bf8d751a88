package dev.pulseboard.withings;

/**
 * Known HMAC-SHA256 answers, computed outside the JVM with {@code openssl dgst -sha256 -hmac KEY}, so the
 * signer is checked against an independent implementation.
 */
public final class HmacReference {

    private HmacReference() {
    }

    public static String hex(String key, String message) {
        return switch (key + "|" + message) {
            case "secret-1|getnonce,client-1,1772366400" -> "799749eed84f34a1a59858ff3c0b521084852850e27e8aacf69973c41bc36703";
            case "secret-1|revoke,client-1,f7b1c7b1a1c0d2e3f4a5b6c7d8e9f0a1" -> "2b44ac2b4ffe276d3e002075a7d98db00156776e3bd3dbdaf7ecac9830d52d9a";
            case "secret-1|getdemoaccess,client-1,f7b1c7b1a1c0d2e3f4a5b6c7d8e9f0a1" -> "1eca2e302a05039c00ad25c970edd8384f93c7ed0922cb63f3a990062244d66a";
            default -> throw new IllegalArgumentException("no reference HMAC for " + message);
        };
    }
}
