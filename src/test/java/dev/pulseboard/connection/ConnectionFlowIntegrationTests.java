package dev.pulseboard.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.util.UriComponentsBuilder;

import dev.pulseboard.connection.vault.TokenCipher;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Sha256;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.sync.ChildServers;
import dev.pulseboard.sync.Syncs;

/** The OAuth callback's rules and the token refresh, against the built-in emulator over real HTTP. */
@PulseboardTest
class ConnectionFlowIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Connections connections;

    @Autowired
    TokenCipher cipher;

    @Autowired
    Syncs syncs;

    Api api;
    String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = Household.token(api);
    }

    @Test
    void rejectsCallbackWithReplayedState() {
        long member = Household.addMember(api, token, "Replay");
        Household.releaseWithingsUser(api, token, "10000003");
        String callback = consent(start(member), "nina", "allow");
        assertThat(api.getUrl(callback).location()).endsWith("/members/" + member + "?connected");

        var replayed = api.getUrl(callback);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.body()).contains("already used, has expired or is unknown").doesNotContain("Exception");
    }

    @Test
    void aReconnectWithAnotherWithingsAccountChangesNothing() {
        long member = connectedMember("Switch", "nina");
        Household.releaseWithingsUser(api, token, "10000002");
        var other = api.getUrl(consent(start(member), "sam", "allow"));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains("another Withings account", "nothing was changed");
        assertThat(jdbc.sql("select withings_user_id from withings_connection where member_id = ?").param(member)
                .query(String.class).single()).as("still the member's own account").isEqualTo("10000003");
    }

    @Test
    void aLinkStartedBeforeADisconnectChangesNothing() {
        long member = connectedMember("Started before", "nina");
        URI started = start(member);
        assertThat(api.delete("/api/v1/members/" + member + "/withings", token).status()).isEqualTo(204);
        Household.releaseWithingsUser(api, token, "10000002");
        var late = api.getUrl(consent(started, "sam", "allow"));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("disconnected after this link was started");
        assertThat(status(member)).as("linked to no account").isEqualTo(ConnectionState.NOT_CONNECTED);
    }

    @Test
    void rejectsCallbackWithUnknownOrMissingState() {
        var forged = api.getUrl(api.base() + "/withings/callback?code=abc&state=forged-state");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).contains("already used, has expired or is unknown");
        var missing = api.getUrl(api.base() + "/withings/callback");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Withings was not connected");
    }

    @Test
    void rejectsCallbackWithExpiredState() {
        long member = Household.addMember(api, token, "Late");
        URI url = start(member);
        String state = param(url, "state");
        jdbc.sql("update oauth_state set expires_at = ? where state_hash = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), Sha256.hex(state)).update();
        var late = api.getUrl(api.base() + "/withings/callback?code=whatever&state=" + state);
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("expired").doesNotContain("back-to-member");
        assertThat(status(member)).isEqualTo(ConnectionState.NOT_CONNECTED);
    }

    @Test
    void showsAReadablePageWhenAccessIsDeniedAndLinksNothing() {
        long member = Household.addMember(api, token, "Denied");
        String callback = consent(start(member), "nina", "deny");
        assertThat(callback).contains("error=access_denied");
        var page = api.getUrl(callback);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("access was not granted").contains("access_denied")
                .as("leads back to the member, where Connect Withings tries again")
                .contains("href=\"/members/" + member + "\" id=\"back-to-member\"");
        assertThat(status(member)).isEqualTo(ConnectionState.NOT_CONNECTED);
    }

    @Test
    void rejectsAPageStartedStateReturningInAnotherSession() {
        long member = Household.addMember(api, token, "Session");
        long household = jdbc.sql("select household_id from member where id = ?").param(member)
                .query(Long.class).single();
        var session = new MockHttpSession();
        URI url = connections.startFromPage(HouseholdId.of(household), MemberId.of(member),
                BrowserStates.of(session));
        Household.releaseWithingsUser(api, token, "10000003");
        String callback = consent(url, "nina", "allow");
        var elsewhere = api.getUrl(callback);
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("another browser session", "id=\"callback-origin\"",
                ">http://localhost:" + port + "</a>, the server's public URL");
        assertThat(status(member)).isEqualTo(ConnectionState.NOT_CONNECTED);

        // The link still works in the session that started it: another browser opening it used nothing up.
        var query = UriComponentsBuilder.fromUriString(callback).build().getQueryParams();
        connections.complete(query.getFirst("state"), query.getFirst("code"), null, BrowserStates.of(session));
        assertThat(status(member)).isEqualTo(ConnectionState.CONNECTED);

        // A second click on the callback in the same browser, even one that read the state before the first used it
        // up, is told the link was used (and that the member may well be connected), not "another browser".
        assertThat(BrowserStates.of(session).startedHere(query.getFirst("state"))).isTrue();
        assertThatThrownBy(() -> connections.complete(query.getFirst("state"), query.getFirst("code"), null,
                BrowserStates.of(session))).hasMessageContaining("already used")
                .hasMessageNotContaining("another browser");
    }

    /**
     * A page opened at another host than the one Withings sends the browser back to (the server's IP address, the
     * public URL saying localhost) says so before the link is started: it could not be completed there.
     */
    @Test
    void theMemberPageSaysWhenWithingsWouldSendTheBrowserBackElsewhere() {
        long member = Household.addMember(api, token, "Elsewhere");
        String page = "/members/" + member;
        assertThat(PageSession.signIn(port).get(page).body()).contains("id=\"connect-withings\"")
                .doesNotContain("callback-elsewhere");
        assertThat(PageSession.signInAt("127.0.0.1", port).get(page).body())
                .contains("id=\"callback-elsewhere\"", ">http://localhost:" + port + "</a>, the server's");
    }

    /**
     * An instance whose keys cannot read a member's tokens (another instance rotated the key first) fails that
     * member's sync visibly, rather than showing it as running for ever.
     */
    @Test
    void aSyncThatCannotReadTheTokensSaysItFailed() {
        long member = connectedMember("Rotated", "nina");
        ChildServers.awaitSuccess(api, token, member);
        jdbc.sql("update withings_connection set access_token_enc = 'v1.0badc0de.AAAA', "
                + "refresh_token_enc = 'v1.0badc0de.AAAA' where member_id = ?").param(member).update();

        syncs.request(MemberId.of(member));

        var status = Poll.until(Duration.ofSeconds(30), "the run to fail", () -> {
            var s = api.get("/api/v1/members/" + member + "/sync", token).json();
            return "FAILED".equals(s.get("state").asString()) ? s : null;
        });
        assertThat(status.get("error").asString()).contains("failed on the server").doesNotContain("0badc0de");
    }

    @Test
    void storesTokensOnlyAsCiphertext() {
        long member = connectedMember("Vault", "nina");
        var row = jdbc.sql("select access_token_enc, refresh_token_enc from withings_connection where member_id = ?")
                .param(member).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        String access = cipher.decrypt(row.get(0), member);
        assertThat(access).matches("[0-9a-f]{40}");
        assertThat(row.get(0)).startsWith("v1.").doesNotContain(access);
        assertThat(row.get(1)).startsWith("v1.").doesNotContain(cipher.decrypt(row.get(1), member));
    }

    @Test
    void refreshesOnceUnderConcurrentRequests() throws Exception {
        long member = connectedMember("Busy", "nina");
        String before = connections.accessTokens(MemberId.of(member)).current();
        jdbc.sql("update withings_connection set expires_at = ? where member_id = ?")
                .params(Timestamp.from(Instant.now().plusSeconds(60)), member).update();

        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<String>> calls = IntStream.range(0, 200)
                    .mapToObj(i -> (Callable<String>) () -> connections.accessTokens(MemberId.of(member)).current())
                    .toList();
            Set<String> seen = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                seen.add(f.get());
            }
            assertThat(seen).as("every caller got the one refreshed token").hasSize(1).doesNotContain(before);
        } finally {
            pool.shutdownNow();
        }
        Instant expires = jdbc.sql("select expires_at from withings_connection where member_id = ?").param(member)
                .query(Timestamp.class).single().toInstant();
        assertThat(expires).isAfter(Instant.now().plusSeconds(10_000));
    }

    private long connectedMember(String name, String persona) {
        long member = Household.addMember(api, token, name);
        Household.releaseWithingsUser(api, token, "10000003");
        assertThat(api.getUrl(consent(start(member), persona, "allow")).location()).endsWith("?connected");
        return member;
    }

    private URI start(long member) {
        var started = api.post("/api/v1/members/" + member + "/withings/authorization", token, null);
        return URI.create(started.json().get("authorizationUrl").asString());
    }

    private String consent(URI url, String persona, String decision) {
        var form = new LinkedHashMap<String, String>();
        UriComponentsBuilder.fromUri(url).build().getQueryParams().forEach((k, v) -> form.put(k,
                URLDecoder.decode(v.get(0), StandardCharsets.UTF_8)));
        form.put("persona", persona);
        form.put("decision", decision);
        var consent = api.postForm(url.getScheme() + "://" + url.getAuthority() + url.getPath(), form);
        assertThat(consent.status()).as(consent.body()).isEqualTo(302);
        return consent.location();
    }

    private static String param(URI url, String name) {
        return UriComponentsBuilder.fromUri(url).build().getQueryParams().getFirst(name);
    }

    private ConnectionState status(long member) {
        return connections.status(MemberId.of(member)).state();
    }
}
