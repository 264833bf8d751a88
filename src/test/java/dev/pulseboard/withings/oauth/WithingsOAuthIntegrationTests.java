package dev.pulseboard.withings.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.pulseboard.withings.ClientTestSupport;
import dev.pulseboard.withings.FakeWithings;
import dev.pulseboard.withings.HmacReference;
import dev.pulseboard.withings.TestClients;
import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsClientRejectedException;

class WithingsOAuthIntegrationTests extends ClientTestSupport {

    private final WithingsOAuth oauth = clients.oauth();

    @Test
    void buildsTheAuthorizeUrlWithCommaSeparatedScopes() {
        URI url = oauth.authorizeUrl("st/ate+1");

        assertThat(url.toString()).isEqualTo("https://account.example/oauth2_user/authorize2?response_type=code"
                + "&client_id=client-1&scope=user.metrics%2Cuser.activity%2Cuser.info"
                + "&redirect_uri=https%3A%2F%2Fpulse.example%2Fwithings%2Fcallback&state=st%2Fate%2B1");
    }

    @Test
    void asksForTheDemoUserOnlyWhenTold() {
        assertThat(oauth.authorizeUrl("s", true).getQuery()).endsWith("&state=s&mode=demo");
        assertThat(oauth.authorizeUrl("s").getQuery()).doesNotContain("mode");
    }

    @Test
    void exchangesTheCodeInThePostBody() {
        withings.reply("/v2/oauth2", "requesttoken", "requesttoken_int_userid.json");

        TokenGrant grant = oauth.exchangeCode("code-123");

        FakeWithings.Request sent = withings.onlyRequest();
        assertThat(sent.path()).isEqualTo("/v2/oauth2");
        assertThat(sent.authorization()).isNull();
        assertThat(sent.form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "requesttoken", "grant_type",
                "authorization_code", "client_id", "client-1", "client_secret", "secret-1", "code", "code-123",
                "redirect_uri", "https://pulse.example/withings/callback"));
        assertThat(grant.userId()).isEqualTo("363");
        assertThat(grant.accessToken()).isEqualTo("a075f8c14fb8df40b08ebc8508533dc332a6910a");
        assertThat(grant.refreshToken()).isEqualTo("f631236f02b991810feb774765b6ae8e6c6839ca");
        assertThat(grant.expiresInSeconds()).isEqualTo(10800);
        assertThat(grant.scope()).isEqualTo("user.info,user.metrics");
        assertThat(grant.toString()).doesNotContain(grant.accessToken(), grant.refreshToken());
    }

    @Test
    void refreshesWithTheRefreshTokenAndReadsAStringUserId() {
        withings.reply("/v2/oauth2", "requesttoken", "requesttoken_string_userid.json");

        TokenGrant grant = oauth.refresh("old-refresh");

        assertThat(withings.onlyRequest().form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "requesttoken",
                "grant_type", "refresh_token", "client_id", "client-1", "client_secret", "secret-1", "refresh_token",
                "old-refresh"));
        assertThat(grant.userId()).isEqualTo("12345678");
        assertThat(grant.refreshToken()).isEqualTo("e731236f02b991810feb774765b6ae8e6c6839cb");
    }

    @Test
    void reportsARejectedRefreshAsReconnectNeeded() {
        withings.reply("/v2/oauth2", "requesttoken", "error_503.json");
        withings.reply("/v2/signature", "getnonce", "getnonce.json");

        assertThatThrownBy(() -> oauth.refresh("dead-refresh")).isInstanceOf(WithingsAuthenticationException.class)
                .hasMessageContaining("reconnect needed").hasMessageNotContaining("dead-refresh");
        assertThat(withings.requests()).as("the refresh, then a nonce to check the client's own secret").hasSize(2);
    }

    @Test
    void reportsARejectedRefreshWithTheSecretAlsoRefusedAsTheServersSetting() {
        withings.reply("/v2/oauth2", "requesttoken", "error_503.json");
        withings.reply("/v2/signature", "getnonce", "error_503.json");

        assertThatThrownBy(() -> oauth.refresh("live-refresh")).isInstanceOf(WithingsClientRejectedException.class)
                .hasMessageContaining("WITHINGS_CLIENT_SECRET").hasMessageNotContaining("secret-1")
                .hasMessageNotContaining("live-refresh");
    }

    @Test
    void revokesWithANonceAndHmacSignatures() {
        withings.reply("/v2/signature", "getnonce", "getnonce.json");
        withings.reply("/v2/oauth2", "revoke", "empty_body_array.json");

        oauth.revoke("363");

        assertThat(withings.requests()).hasSize(2);
        FakeWithings.Request nonce = withings.requests().get(0);
        long timestamp = TestClients.CLOCK.instant().getEpochSecond();
        assertThat(nonce.path()).isEqualTo("/v2/signature");
        assertThat(nonce.form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "getnonce", "client_id",
                "client-1", "timestamp", Long.toString(timestamp), "signature",
                HmacReference.hex("secret-1", "getnonce,client-1," + timestamp)));
        FakeWithings.Request revoke = withings.requests().get(1);
        assertThat(revoke.path()).isEqualTo("/v2/oauth2");
        assertThat(revoke.authorization()).isNull();
        assertThat(revoke.form()).containsExactlyInAnyOrderEntriesOf(Map.of("action", "revoke", "client_id",
                "client-1", "nonce", "f7b1c7b1a1c0d2e3f4a5b6c7d8e9f0a1", "userid", "363", "signature",
                HmacReference.hex("secret-1", "revoke,client-1,f7b1c7b1a1c0d2e3f4a5b6c7d8e9f0a1")));
    }

    @Test
    void signsARetriedRevokeWithAFreshNonce() {
        withings.reply("/v2/signature", "getnonce", "getnonce.json");
        withings.replyRaw("/v2/oauth2", "revoke", 502, "").reply("/v2/oauth2", "revoke", "empty_body_object.json");

        oauth.revoke("363");

        assertThat(withings.requests()).extracting(r -> r.path() + " " + r.action()).containsExactly(
                "/v2/signature getnonce", "/v2/oauth2 revoke", "/v2/signature getnonce", "/v2/oauth2 revoke");
        assertThat(clients.sleeps).hasSize(1);
    }

    @Test
    void fetchesDemoAccessWithASignedCall() {
        withings.reply("/v2/signature", "getnonce", "getnonce.json");
        withings.reply("/v2/oauth2", "getdemoaccess", "getdemoaccess.json");

        TokenGrant grant = oauth.demoAccess();

        FakeWithings.Request sent = withings.requests().get(1);
        assertThat(sent.form()).containsEntry("scope_oauth2", "user.metrics,user.activity,user.info")
                .containsEntry("signature", HmacReference.hex("secret-1",
                        "getdemoaccess,client-1,f7b1c7b1a1c0d2e3f4a5b6c7d8e9f0a1"));
        assertThat(grant.userId()).isNull();
        assertThat(grant.accessToken()).isEqualTo("c275f8c14fb8df40b08ebc8508533dc332a6910c");
    }
}
