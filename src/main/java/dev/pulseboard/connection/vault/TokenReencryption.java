package dev.pulseboard.connection.vault;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key rotation, the startup step: every token still encrypted under a previous key is re-encrypted under the
 * current one. Afterwards the previous key can be dropped from {@code pulseboard.encryption-previous-keys}.
 */
@Component
class TokenReencryption implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TokenReencryption.class);

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    TokenReencryption(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        int done = reencryptAll();
        if (done > 0) {
            log.info("Re-encrypted the Withings tokens of {} member(s) under the current key", done);
        }
    }

    /** Re-encrypts every connection not yet under the current key; returns how many were. */
    @Transactional
    public int reencryptAll() {
        List<Row> rows = jdbc.sql("select member_id, access_token_enc, refresh_token_enc from withings_connection "
                + "for update").query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
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
