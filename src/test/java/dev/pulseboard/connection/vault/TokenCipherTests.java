package dev.pulseboard.connection.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTests {

    private static final String TOKEN = "a075f8c14fb6a1c6a7e5b9d4c3f2e1d0a9b8c7d6";

    @Test
    void decryptsWhatItEncryptedAndNeverStoresThePlaintext() {
        TokenCipher cipher = cipherWith(key(1));
        String stored = cipher.encrypt(TOKEN, 7);
        assertThat(stored).startsWith("v1.").doesNotContain(TOKEN);
        assertThat(cipher.decrypt(stored, 7)).isEqualTo(TOKEN);
        assertThat(cipher.encrypt(TOKEN, 7)).as("a fresh IV every time").isNotEqualTo(stored);
    }

    @Test
    void refusesATamperedCiphertext() {
        TokenCipher cipher = cipherWith(key(1));
        String stored = cipher.encrypt(TOKEN, 7);
        char last = stored.charAt(stored.length() - 3);
        String tampered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A')
                + stored.substring(stored.length() - 2);
        assertThatThrownBy(() -> cipher.decrypt(tampered, 7)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void refusesACiphertextCopiedToAnotherMember() {
        TokenCipher cipher = cipherWith(key(1));
        String stored = cipher.encrypt(TOKEN, 7);
        assertThatThrownBy(() -> cipher.decrypt(stored, 8)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void decryptsWithAPreviousKeyAfterRotationAndEncryptsWithTheNewOne() {
        SecretKey old = key(1);
        SecretKey current = key(2);
        String underOld = cipherWith(old).encrypt(TOKEN, 3);
        TokenCipher rotated = new TokenCipher(EncryptionKeys.keyId(current),
                Map.of(EncryptionKeys.keyId(old), old, EncryptionKeys.keyId(current), current));
        assertThat(rotated.decrypt(underOld, 3)).isEqualTo(TOKEN);
        assertThat(rotated.isCurrent(underOld)).isFalse();
        assertThat(rotated.isCurrent(rotated.encrypt(TOKEN, 3))).isTrue();
    }

    @Test
    void generatesAKeyOnceWithOwnerOnlyPermissions(@TempDir Path dir) throws Exception {
        String first = EncryptionKeys.loadOrCreate(dir);
        String second = EncryptionKeys.loadOrCreate(dir);
        assertThat(second).isEqualTo(first);
        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(Files.getPosixFilePermissions(dir.resolve(EncryptionKeys.KEY_FILE)))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void rejectsAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> EncryptionKeys.decode(Base64.getEncoder().encodeToString(new byte[16]), "k"))
                .hasMessageContaining("32 bytes");
    }

    private static TokenCipher cipherWith(SecretKey key) {
        return new TokenCipher(EncryptionKeys.keyId(key), Map.of(EncryptionKeys.keyId(key), key));
    }

    private static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) seed);
        return EncryptionKeys.decode(Base64.getEncoder().encodeToString(bytes), "test");
    }
}
