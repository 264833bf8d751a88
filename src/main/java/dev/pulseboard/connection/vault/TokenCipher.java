package dev.pulseboard.connection.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for tokens at rest. A ciphertext reads {@code v1.<key id>.<base64(iv | ciphertext+tag)>}; the key id
 * picks the key on decryption, so keys can be rotated while old ciphertexts still decrypt. The member id is
 * bound as associated data: a ciphertext copied onto another member's row does not decrypt.
 */
public final class TokenCipher {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentKeyId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(String currentKeyId, Map<String, SecretKey> keys) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("The current key must be among the keys");
        }
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(keys);
    }

    public String encrypt(String plaintext, long memberId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(memberId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return VERSION + "." + currentKeyId + "." + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(String stored, long memberId) {
        String[] parts = stored.split("\\.", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("Not a Pulseboard token ciphertext");
        }
        SecretKey key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("Token encrypted under unknown key " + parts[1]
                    + ": configure that key among pulseboard.encryption-previous-keys");
        }
        try {
            byte[] all = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(aad(memberId));
            byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored token does not decrypt (wrong key or tampered row)", e);
        }
    }

    /** The id of the key a stored ciphertext was written under ({@code "?"} when it is not one of ours). */
    static String keyIdOf(String stored) {
        String[] parts = stored.split("\\.", 3);
        return parts.length == 3 && VERSION.equals(parts[0]) ? parts[1] : "?";
    }

    boolean isCurrent(String stored) {
        return stored.startsWith(VERSION + "." + currentKeyId + ".");
    }

    private static byte[] aad(long memberId) {
        return ("pulseboard-member:" + memberId).getBytes(StandardCharsets.UTF_8);
    }
}
