package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;

/**
 * The newcomer's path through the API, on a real port against the built-in emulator: set up, add a member,
 * authorize (the script submits the consent form), backfill, read the weight series. Run on H2 and PostgreSQL.
 */
public abstract class NewcomerPathCases {

    static final String PERSONA = "alex";

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void connectsBackfillsAndServesEveryWeighInExactly() {
        Api api = new Api(port);
        String token = Household.token(api);
        Household.releaseWithingsUser(api, token, "10000001");
        long member = Household.addMember(api, token, Household.named("Alex"));

        String callback = authorize(api, token, member);
        var landed = api.getUrl(callback);
        assertThat(landed.status()).isEqualTo(302);
        assertThat(landed.location()).endsWith("/members/" + member + "?connected");

        var listed = api.get("/api/v1/members/" + member, token).json();
        assertThat(listed.get("withings").get("status").asString()).isEqualTo("CONNECTED");
        assertThat(listed.get("withings").get("userId").asString()).isEqualTo("10000001");

        var status = Poll.until(Duration.ofSeconds(60), "the backfill to finish", () -> {
            var s = api.get("/api/v1/members/" + member + "/sync", token).json();
            return s.get("lastSuccessAt").isNull() ? null : s;
        });
        assertThat(status.get("state").asString()).isEqualTo("IDLE");
        assertThat(status.get("error").isNull()).isTrue();

        var expected = emulator.readings(PERSONA, 1, 1);
        var items = api.get("/api/v1/members/" + member + "/measurements?type=weight", token).json().get("items");
        assertThat(items.size()).isEqualTo(expected.size()).isGreaterThan(365);
        for (int i = 0; i < expected.size(); i += 97) {
            assertThat(items.get(i).get("time").asString()).isEqualTo(expected.get(i).time().toString());
            assertThat(new BigDecimal(items.get(i).get("value").asString())).isEqualByComparingTo(expected.get(i).value());
            assertThat(items.get(i).get("unit").asString()).isEqualTo("kg");
        }

        long stored = countRows(member);
        api.post("/api/v1/members/" + member + "/sync", token, null);
        Poll.until(Duration.ofSeconds(30), "the second sync", () -> {
            var s = api.get("/api/v1/members/" + member + "/sync", token).json();
            return "IDLE".equals(s.get("state").asString()) && !s.get("lastSuccessAt").isNull() ? s : null;
        });
        assertThat(countRows(member)).as("a second sync adds nothing").isEqualTo(stored);
    }

    @Test
    void disconnectingWithoutEraseKeepsTheReadingsInTheMembersTimeZone() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = connectedAlex(api, token, "Keeper");
        String page = "/members/" + member + "/body";
        // The profile tells the zone before any weigh-in is stored: wait for both, so that the zone left after
        // disconnecting can only come from the readings.
        Poll.until(Duration.ofSeconds(60), "the first weigh-ins", () -> countRows(member) > 0
                && PageSession.signIn(port).get(page).body().contains("Europe/Paris") ? true : null);

        assertThat(api.delete("/api/v1/members/" + member + "/withings", token).status()).isEqualTo(204);
        assertThat(countRows(member)).isPositive();
        assertThat(PageSession.signIn(port).get(page).body()).as("the zone the readings came with, not the server's")
                .contains("Europe/Paris").doesNotContain("known after their first sync");
    }

    @Test
    void disconnectingWithEraseDeletesEveryReadingAndTheTokens() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = connectedAlex(api, token, "Eraser");
        Poll.until(Duration.ofSeconds(60), "the backfill", () -> countRows(member) > 0 ? true : null);

        var deleted = api.delete("/api/v1/members/" + member + "/withings?erase=true", token);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(countRows(member)).isZero();
        assertThat(jdbc.sql("select count(*) from withings_connection where member_id = ?").param(member)
                .query(Long.class).single()).isZero();
        assertThat(api.get("/api/v1/members/" + member, token).json().get("withings").get("status").asString())
                .isEqualTo("NOT_CONNECTED");
    }

    /** A new member linked to the full-kit persona's Withings user (taken from whoever held it before). */
    public static long connectedAlex(Api api, String token, String name) {
        Household.releaseWithingsUser(api, token, "10000001");
        long member = Household.addMember(api, token, name);
        assertThat(api.getUrl(authorize(api, token, member)).location()).endsWith("?connected");
        return member;
    }

    /** Starts authorization through the API and submits the emulator's consent form as a script would. */
    public static String authorize(Api api, String token, long member) {
        return authorize(api, token, member, PERSONA);
    }

    /** The same, choosing the persona on the consent page. */
    public static String authorize(Api api, String token, long member, String persona) {
        var started = api.post("/api/v1/members/" + member + "/withings/authorization", token, null);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        URI url = URI.create(started.json().get("authorizationUrl").asString());
        Map<String, String> form = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(url).build().getQueryParams()
                .forEach((k, v) -> form.put(k, URLDecoder.decode(v.get(0), StandardCharsets.UTF_8)));
        form.put("persona", persona);
        form.put("decision", "allow");
        var consent = api.postForm(url.getScheme() + "://" + url.getAuthority() + url.getPath(), form);
        assertThat(consent.status()).as(consent.body()).isEqualTo(302);
        assertThat(consent.location()).contains("/withings/callback?").contains("code=");
        return consent.location();
    }

    long countRows(long member) {
        return jdbc.sql("select count(*) from measurement where member_id = ?").param(member).query(Long.class)
                .single();
    }
}
