package dev.pulseboard.dashboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * The API tokens page: a token made on the page is shown once and works on the API as its maker, a read-only one
 * only reads, a revoked one stops at once, and a bad form says why and makes nothing.
 */
@PulseboardTest
class TokensPageIntegrationTests {

    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token-value\">(pb_[A-Za-z0-9_-]+)<");
    private static final Pattern REVOKE = Pattern.compile("action=\"/account/tokens/(\\d+)/revoke\"");

    @Value("${server.port}")
    int port;

    @Test
    void aTokenMadeOnThePageWorksOnTheApiUntilRevoked() {
        PageSession session = PageSession.signIn(port);
        Api api = new Api(port);
        String name = "script " + System.nanoTime();

        var made = session.post("/account/tokens", "/account/tokens", Map.of("name", name, "days", "30"));
        assertThat(made.statusCode()).isEqualTo(200);
        Matcher shown = NEW_TOKEN.matcher(made.body());
        assertThat(shown.find()).as("the new token is shown").isTrue();
        String token = shown.group(1);
        assertThat(made.body()).contains(name).contains("It works until");
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        var again = session.get("/account/tokens");
        assertThat(again.body()).contains(name).doesNotContain(token).containsPattern("id=\"tokens-zone\">Times in <span>[^<]+</span>");

        Matcher revoke = REVOKE.matcher(again.body());
        assertThat(revoke.find()).isTrue();
        var revoked = session.post("/account/tokens", "/account/tokens/" + revoke.group(1) + "/revoke", Map.of());
        assertThat(revoked.body()).contains("Token revoked");
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void aReadOnlyTokenOnlyReads() {
        PageSession session = PageSession.signIn(port);
        Api api = new Api(port);
        var made = session.post("/account/tokens", "/account/tokens",
                Map.of("name", "reader " + System.nanoTime(), "days", "", "readOnly", "true"));
        Matcher shown = NEW_TOKEN.matcher(made.body());
        assertThat(shown.find()).isTrue();
        assertThat(made.body()).contains("It works until you revoke it.");
        assertThat(api.get("/api/v1/members", shown.group(1)).status()).isEqualTo(200);
        var change = api.post("/api/v1/members", shown.group(1), "{\"name\":\"Nope\"}");
        assertThat(change.status()).isEqualTo(403);
    }
}
