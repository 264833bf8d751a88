package dev.pulseboard.connection.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import dev.pulseboard.core.InvalidSettingException;
import dev.pulseboard.core.PrivateFiles;

/**
 * Where the token key comes from: {@code pulseboard.encryption-key} (base64 of 32 bytes), or else a key
 * generated once into {@code <data-dir>/encryption.key} with owner-only permissions (made so again at every start).
 * Keys listed in
 * {@code pulseboard.encryption-previous-keys} still decrypt, so a key can be rotated.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionKeys {

    static final String KEY_FILE = "encryption.key";
    private static final Logger log = LoggerFactory.getLogger(EncryptionKeys.class);

    @Bean
    TokenCipher tokenCipher(@Value("${pulseboard.encryption-key:}") String configured,
            @Value("${pulseboard.encryption-previous-keys:}") String previous,
            @Value("${pulseboard.data-dir:./data}") String dataDir,
            @Value("${spring.datasource.url:}") String databaseUrl) throws IOException {
        if (!StringUtils.hasText(configured)) {
            // A key made up into this instance's data directory is this instance's alone: never rotate onto one, and
            // never make one for a database that other instances may share.
            if (StringUtils.hasText(previous)) {
                throw new InvalidSettingException(TokenReencryption.KEY_SETTING, "not set, but "
                        + "pulseboard.encryption-previous-keys (PULSEBOARD_ENCRYPTION_PREVIOUS_KEYS) is: a key "
                        + "rotation needs the new key set here, the old one there");
            }
            if (databaseUrl.startsWith("jdbc:postgresql:")) {
                throw new InvalidSettingException(TokenReencryption.KEY_SETTING, "not set, and the database is "
                        + "PostgreSQL, which several instances may share: set the same key on every instance (make one "
                        + "with 'openssl rand -base64 32' and keep it apart from the database's backups)");
            }
        }
        String current = StringUtils.hasText(configured) ? configured.trim() : loadOrCreate(Path.of(dataDir));
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String old : StringUtils.commaDelimitedListToStringArray(previous)) {
            if (StringUtils.hasText(old)) {
                SecretKey key = decode(old.trim(),
                        "pulseboard.encryption-previous-keys (PULSEBOARD_ENCRYPTION_PREVIOUS_KEYS)");
                keys.put(keyId(key), key);
            }
        }
        SecretKey key = decode(current, StringUtils.hasText(configured)
                ? "pulseboard.encryption-key (PULSEBOARD_ENCRYPTION_KEY)" : Path.of(dataDir, KEY_FILE).toString());
        keys.put(keyId(key), key);
        return new TokenCipher(keyId(key), keys);
    }

    static String loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(KEY_FILE);
        if (Files.exists(file)) {
            // A key file copied in with the umask's permissions (a restore) is everyone's Withings access: made the
            // server's alone at every start, as the database file is.
            if (PrivateFiles.readableByOthers(file)) {
                PrivateFiles.ownerOnly(file);
                log.warn("The key file {} could be read by other accounts: it is now readable by this account alone",
                        file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        PrivateFiles.directory(dataDir);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String encoded = Base64.getEncoder().encodeToString(bytes);
        Path tmp = Files.createTempFile(dataDir, "key", ".tmp");
        restrictToOwner(tmp);
        Files.writeString(tmp, encoded + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        log.info("Generated a new token encryption key in {}; back it up with the database", file);
        return encoded;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    static SecretKey decode(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting, "not base64; it must be base64 of 32 bytes "
                    + "(make one with 'openssl rand -base64 32')");
        }
        if (bytes.length != 32) {
            throw new InvalidSettingException(setting, "base64 of " + bytes.length + " bytes; it must be base64 of "
                    + "32 bytes (make one with 'openssl rand -base64 32')");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    static String keyId(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
