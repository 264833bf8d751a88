package dev.pulseboard.connection.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.util.UriComponentsBuilder;

import dev.pulseboard.connection.ConnectionState;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.TestEnvironment;
import dev.pulseboard.withings.oauth.WithingsOAuth;

/**
 * The token vault on the production layout (an H2 file database in the data directory): no plaintext token in
 * the files, key rotation, a refresh whose answer was lost, and the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = TestEnvironment.H2File.class)
class TokenVaultIntegrationTests {

    @Value("${server.port}")
    int port;

    @Value("${pulseboard.data-dir}")
    Path dataDir;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TokenCipher cipher;

    @Autowired
    Connections connections;

    @Autowired
    WithingsOAuth oauth;

    @Autowired
    TokenReencryption reencryption;

    @Test
    void keepsNoPlaintextTokenInTheDatabaseFiles() throws Exception {
        long member = connect("Files", "10000003", "nina");
        List<String> plaintexts = tokens(member);
        jdbc.sql("checkpoint sync").update();
        try (var files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String token : plaintexts) {
                    assertThat(bytes).as(file.getFileName() + " holds no plaintext token").doesNotContain(token);
                }
            }
        }
        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).contains("pulseboard.mv.db");
    }

    @Test
    void reencryptsTokensUnderThePreviousKeyWithTheCurrentOne() {
        long member = connect("Rotated", "10000004", "aroha");
        List<String> plaintexts = tokens(member);
        var old = EncryptionKeys.decode(TestEnvironment.PREVIOUS_TEST_KEY, "test");
        TokenCipher oldCipher = new TokenCipher(EncryptionKeys.keyId(old), Map.of(EncryptionKeys.keyId(old), old));
        jdbc.sql("update withings_connection set access_token_enc = ?, refresh_token_enc = ? where member_id = ?")
                .params(oldCipher.encrypt(plaintexts.get(0), member), oldCipher.encrypt(plaintexts.get(1), member),
                        member)
                .update();
        assertThat(cipher.isCurrent(stored(member).get(0))).isFalse();
        assertThat(tokens(member)).as("the previous key still decrypts").isEqualTo(plaintexts);

        assertThat(reencryption.reencryptAll()).isEqualTo(1);
        assertThat(stored(member)).allSatisfy(c -> assertThat(cipher.isCurrent(c)).isTrue());
        assertThat(tokens(member)).isEqualTo(plaintexts);
        assertThat(reencryption.reencryptAll()).isZero();
    }

    @Test
    void refreshesWithTheOldRefreshTokenWhenTheAnswerToAnEarlierRefreshWasLost() {
        long member = connect("Crash", "10000002", "sam");
        String refreshToken = tokens(member).get(1);
        var lost = oauth.refresh(refreshToken);
        assertThat(lost.accessToken()).isNotEqualTo(tokens(member).get(0));

        jdbc.sql("update withings_connection set expires_at = ? where member_id = ?")
                .params(Timestamp.from(Instant.now()), member).update();
        String fresh = connections.accessTokens(MemberId.of(member)).current();
        assertThat(fresh).matches("[0-9a-f]{40}").isNotEqualTo(lost.accessToken());
        assertThat(connections.status(MemberId.of(member)).state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(tokens(member).get(1)).isNotEqualTo(refreshToken);
    }

    @Test
    void recordsConnectDisconnectAndEraseInTheAuditLog() {
        long member = connect("Audited", "10000001", "alex");
        Api api = new Api(port);
        String token = Household.token(api);
        assertThat(api.delete("/api/v1/members/" + member + "/withings?erase=true", token).status()).isEqualTo(204);
        var items = api.get("/api/v1/audit", token).json().get("items");
        var actions = new ArrayList<String>();
        for (var item : items) {
            if (item.get("memberId").asLong() == member) {
                actions.add(item.get("action").asString());
                assertThat(item.get("userName").asString()).isEqualTo(Household.NAME);
                assertThat(item.get("memberName").asString()).isEqualTo("Audited");
            }
        }
        assertThat(actions).containsExactly("ERASED", "DISCONNECTED", "CONNECTED", "MEMBER_ADDED");
    }

    private long connect(String name, String withingsUser, String persona) {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, name);
        Household.releaseWithingsUser(api, token, withingsUser);
        URI url = URI.create(api.post("/api/v1/members/" + member + "/withings/authorization", token, null)
                .json().get("authorizationUrl").asString());
        var form = new LinkedHashMap<String, String>();
        UriComponentsBuilder.fromUri(url).build().getQueryParams().forEach((k, v) -> form.put(k,
                URLDecoder.decode(v.get(0), StandardCharsets.UTF_8)));
        form.put("persona", persona);
        form.put("decision", "allow");
        String callback = api.postForm(url.getScheme() + "://" + url.getAuthority() + url.getPath(), form).location();
        assertThat(api.getUrl(callback).location()).endsWith("?connected");
        return member;
    }

    private List<String> stored(long member) {
        return jdbc.sql("select access_token_enc, refresh_token_enc from withings_connection where member_id = ?")
                .param(member).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
    }

    private List<String> tokens(long member) {
        return stored(member).stream().map(c -> cipher.decrypt(c, member)).toList();
    }
}
