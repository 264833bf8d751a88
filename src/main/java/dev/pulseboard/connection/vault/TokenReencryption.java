package dev.pulseboard.connection.vault;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import dev.pulseboard.core.InvalidSettingException;

/**
 * The start-up steps of the vault. First, the configured keys must read the stored tokens: an instance started with
 * another key than the one the tokens were written with (a second instance on the same database, a restore without
 * its key) refuses to start instead of turning every member into "reconnect required". Then key rotation: every
 * token still encrypted under a previous key is re-encrypted under the current one; afterwards the previous key can
 * be dropped from {@code pulseboard.encryption-previous-keys}.
 */
@Component
class TokenReencryption implements ApplicationRunner, InitializingBean {

    static final String KEY_SETTING = "pulseboard.encryption-key (PULSEBOARD_ENCRYPTION_KEY)";

    private static final Logger log = LoggerFactory.getLogger(TokenReencryption.class);

    /** The key check's row, and the member id its value is bound to (no member has it). */
    private static final int CHECK_ROW = 1;
    private static final long CHECK_MEMBER = 0;
    private static final String CHECK_TEXT = "pulseboard-key-check";

    private final JdbcClient jdbc;
    private final TokenCipher cipher;
    private final boolean keySet;

    TokenReencryption(JdbcClient jdbc, TokenCipher cipher, @Value("${pulseboard.encryption-key:}") String configured) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.keySet = StringUtils.hasText(configured);
    }

    /** Runs when the bean is made, before the scheduler picks a run that would need a token. */
    @Override
    public void afterPropertiesSet() {
        checkKeysReadStoredTokens();
        checkKeysReadKeyCheck();
    }

    /**
     * The database's key check must decrypt with the configured keys; the first start writes it. Two instances
     * starting at once on a new database write it once (the row's key); the one whose key differs then refuses.
     */
    void checkKeysReadKeyCheck() {
        if (keyCheck().isEmpty()) {
            jdbc.sql("insert into vault_key_check (id, check_value) select ?, ? where not exists "
                    + "(select 1 from vault_key_check where id = ?)")
                    .params(CHECK_ROW, cipher.encrypt(CHECK_TEXT, CHECK_MEMBER), CHECK_ROW).update();
        }
        String stored = keyCheck().orElseThrow();
        try {
            cipher.decrypt(stored, CHECK_MEMBER);
        } catch (IllegalStateException e) {
            throw refusal(TokenCipher.keyIdOf(stored));
        }
    }

    private Optional<String> keyCheck() {
        return jdbc.sql("select check_value from vault_key_check where id = ?").param(CHECK_ROW).query(String.class)
                .optional();
    }

    private InvalidSettingException refusal(String keyId) {
        String which = keySet ? "this key cannot read the Withings tokens stored in the database"
                : "not set, so the key is the file " + EncryptionKeys.KEY_FILE + " in the data directory, and it "
                        + "cannot read the Withings tokens stored in the database";
        return new InvalidSettingException(KEY_SETTING, which + " (written under key id " + keyId + "); every "
                + "instance on one database, and a restored backup, must share the same PULSEBOARD_ENCRYPTION_KEY; a "
                + "backup made before a key rotation also needs the key it was made under in "
                + "PULSEBOARD_ENCRYPTION_PREVIOUS_KEYS");
    }

    /** One stored token per key id that wrote tokens must decrypt with the configured keys. */
    void checkKeysReadStoredTokens() {
        Set<String> checkedKeyIds = new HashSet<>();
        for (Row row : rows("")) {
            if (row.refresh() == null) {
                continue;
            }
            String keyId = TokenCipher.keyIdOf(row.refresh());
            if (checkedKeyIds.add(keyId)) {
                try {
                    cipher.decrypt(row.refresh(), row.memberId());
                } catch (IllegalStateException e) {
                    throw refusal(keyId);
                }
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        int done = reencryptAll();
        if (done > 0) {
            log.info("Re-encrypted the Withings tokens of {} member(s) under the current key", done);
        }
    }

    /** Re-encrypts every connection (and the key check) not yet under the current key; returns how many were. */
    @Transactional
    public int reencryptAll() {
        keyCheck().filter(this::needs).ifPresent(stored -> jdbc.sql("update vault_key_check set check_value = ? "
                + "where id = ?").params(reencrypt(stored, CHECK_MEMBER), CHECK_ROW).update());
        // Rows are locked only when some token needs it: a start with nothing to rotate takes no lock, so it cannot
        // time out behind a refresh that the scheduler already runs (it holds the member's row while it calls).
        if (rows("").stream().noneMatch(row -> needs(row.access()) || needs(row.refresh()))) {
            return 0;
        }
        List<Row> rows = rows(" for update");
        int done = 0;
        for (Row row : rows) {
            if (needs(row.access()) || needs(row.refresh())) {
                jdbc.sql("update withings_connection set access_token_enc = ?, refresh_token_enc = ? where member_id = ?")
                        .params(reencrypt(row.access(), row.memberId()), reencrypt(row.refresh(), row.memberId()),
                                row.memberId())
                        .update();
                done++;
            }
        }
        return done;
    }

    private List<Row> rows(String lock) {
        return jdbc.sql("select member_id, access_token_enc, refresh_token_enc from withings_connection" + lock)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private boolean needs(String stored) {
        return stored != null && !cipher.isCurrent(stored);
    }

    private String reencrypt(String stored, long memberId) {
        return stored == null || cipher.isCurrent(stored) ? stored
                : cipher.encrypt(cipher.decrypt(stored, memberId), memberId);
    }

    private record Row(long memberId, String access, String refresh) {
    }
}
