package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;

/**
 * A member linked to another Withings account later (a new account, a mistake put right), keeping what the first
 * account brought: the new account's full sync deletes none of the first account's recent readings (its token sees
 * none of them), and asks it for none of their details (an ECG strip, a night's hypnogram), which it could not
 * answer or would answer with its own data; its activity days and intraday series are kept beside the first
 * account's, one day a date shown. In the context of {@link TokenRidesIntegrationTests}, whose emulator
 * may give nina data of her own (the default context's tests count on her having none).
 */
@PulseboardTest
@TestPropertySource(properties = "pulseboard.emulator.shared-clock=true")
class AnotherAccountIntegrationTests {

    static final String NINA = "10000003";
    static final String AROHA = "10000004";

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstAccountsReadingsStayAndItsDetailsAreNotAskedOfTheSecond() {
        Api api = new Api(port);
        String token = Household.token(api);
        long id = memberOfNoAccount(api, token, "Two accounts");
        long now = emulator.clock().epochSecond();
        emulator.addReading(NINA, 1, new BigDecimal("61.11"), now - 3 * 86_400);
        emulator.addReading(NINA, 1, new BigDecimal("61.22"), now - 2 * 86_400);
        linkAndSync(api, token, id, "nina");
        // Recorded after the backfill: listed by the notified runs, their details left for when someone opens them.
        long signal = emulator.addEcg(NINA, now - 3_600, 0, 71);
        long night = emulator.addNight(NINA, now - 10 * 3_600, 7);
        Poll.until(Duration.ofSeconds(30), "the ECG and the night listed", () -> count("ecg_recording", "signal_id",
                id, signal) == 1 && count("sleep_night", "withings_id", id, night) == 1);
        assertThat(api.get("/api/v1/members/" + id + "/ecg", token).json().get("items").get(0).get("hasSignal")
                .asBoolean()).as("a strip is fetched when first opened").isFalse();

        PageSession viewer = PageSession.signIn(port);
        assertThat(viewer.get("/members/" + id + "/ecg?range=all").body()).as("linked: the strip may be fetched")
                .contains("&amp;signal=" + signal + "#");

        var kept = api.delete("/api/v1/members/" + id + "/withings", token);
        assertThat(kept.status()).as(kept.body()).isEqualTo(204);
        assertThat(viewer.get("/members/" + id + "/ecg?range=all").body())
                .as("the page kept from before the disconnect (no data changed) is not served")
                .contains("no strip: recorded under a Withings account not linked now")
                .doesNotContain("&amp;signal=" + signal + "#");
        var sync = linkAndSync(api, token, id, "aroha");

        assertThat(sync.path("error").asString("")).as("no strip of nina's asked with aroha's token").isEmpty();
        assertThat(weights(api, token, id)).as("nina's readings of the last 30 days survive aroha's full sync")
                .contains("61.11", "61.22").hasSizeGreaterThan(2);
        assertThat(api.get("/api/v1/audit", token).json().get("items").valueStream()
                .filter(e -> e.path("memberId").asLong() == id && "CONNECTED".equals(e.get("action").asString()))
                .map(e -> e.get("detail").asString()).toList()).as("the audit log says whose history was joined")
                .containsExactly("Withings user " + AROHA + ", another account than before (Withings user " + NINA
                        + ")", "Withings user " + NINA);
        var before = calls(api);
        var strip = api.get("/api/v1/members/" + id + "/ecg/" + signal, token);
        assertThat(strip.status()).isEqualTo(200);
        assertThat(strip.json().get("microvolts").size()).isZero();
        String date = jdbc.sql("select night_date from sleep_night where member_id = ? and withings_id = ?")
                .params(id, night).query(String.class).single();
        var hypnogram = api.get("/api/v1/members/" + id + "/sleep/" + date + "/hypnogram", token).json();
        assertThat(hypnogram.valueStream().filter(h -> h.get("nightId").asLong() == night).toList())
                .as("nina's night stays without its hypnogram (aroha's of the same date has its own)")
                .singleElement().satisfies(h -> assertThat(h.get("segments").size()).isZero());
        String ecgPage = PageSession.signIn(port).get("/members/" + id + "/ecg?range=all").body();
        assertThat(ecgPage).as("nina's recording offers no strip aroha could not give")
                .contains("no strip: recorded under a Withings account not linked now")
                .doesNotContain("&amp;signal=" + signal + "#");
        var after = calls(api);
        ToIntFunction<String> spent = k -> after.path(k).asInt() - before.path(k).asInt();
        assertThat(spent.applyAsInt("/v2/heart get")).as("nina's strip is not aroha's to give").isZero();
        assertThat(spent.applyAsInt("/v2/sleep get")).as("nor is nina's night").isZero();
    }

    @Test
    void eachAccountsActivityDaysAreKeptAndTheLastWrittenOfADateShown() {
        Api api = new Api(port);
        String token = Household.token(api);
        long id = memberOfNoAccount(api, token, "Two accounts' days");
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochSecond(emulator.clock().epochSecond()),
                ZoneId.of("Europe/Berlin"));
        // Long before aroha's history, and the last days, which aroha's watch has too.
        LocalDate ninaOnly = today.minusYears(12);
        List<LocalDate> recent = List.of(today.minusDays(2), today.minusDays(3), today.minusDays(4));
        emulator.recordActivityDay(NINA, ninaOnly, 4_321);
        recent.forEach(d -> emulator.recordActivityDay(NINA, d, 1_000 + d.getDayOfMonth()));
        linkAndSync(api, token, id, "nina");
        assertThat(steps(api, token, id)).containsEntry(ninaOnly, 4_321);

        assertThat(api.delete("/api/v1/members/" + id + "/withings", token).status()).isEqualTo(204);
        linkAndSync(api, token, id, "aroha");

        Map<LocalDate, Integer> shown = steps(api, token, id);
        assertThat(shown).as("nina's day on a date aroha has none").containsEntry(ninaOnly, 4_321);
        Map<LocalDate, Integer> nina = stored(id, NINA);
        Map<LocalDate, Integer> aroha = stored(id, AROHA);
        assertThat(recent.stream().map(d -> d + "=" + nina.get(d))).as("nina's days kept beside aroha's")
                .containsExactlyElementsOf(recent.stream().map(d -> d + "=" + (1_000 + d.getDayOfMonth())).toList());
        assertThat(recent).as("dates both accounts have").anyMatch(aroha::containsKey);
        Map<LocalDate, Integer> expected = new TreeMap<>(nina);
        expected.putAll(aroha);
        assertThat(expected.entrySet().stream().filter(e -> !e.getValue().equals(shown.get(e.getKey()))))
                .as("one day a date: aroha's (written last) where both have one, else the one there").isEmpty();
        assertThat(shown).hasSameSizeAs(expected);

        // Intraday series of the recent window: nina's kept, aroha's fetched for days nina's watch had none of.
        LocalDate quiet = today.minusDays(10);
        assertThat(intradayRows(id, NINA, recent.get(0))).as("nina's series of a day of hers kept").isPositive();
        assertThat(intradayRows(id, AROHA, quiet)).as("aroha's series of a day fetched complete from nina")
                .isPositive();
        assertThat(api.get("/api/v1/members/" + id + "/intraday?date=" + quiet + "&field=steps", token).json()
                .get("items").size()).as("aroha's steps of that day shown").isPositive();
    }

    private int intradayRows(long member, String account, LocalDate day) {
        return jdbc.sql("select count(*) from intraday_series where member_id = ? and withings_user = ? "
                + "and series_day = ? and samples <> ''").params(member, account, day).query(Integer.class).single();
    }

    /** The steps of the member's days of one Withings account, as stored. */
    private Map<LocalDate, Integer> stored(long member, String account) {
        Map<LocalDate, Integer> steps = new TreeMap<>();
        jdbc.sql("select activity_date, steps from activity_day where member_id = ? and withings_user = ?")
                .params(member, account).query(rs -> {
                    steps.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
                });
        return steps;
    }

    /** A new member, nina's and aroha's Withings accounts linked to no other member of the household. */
    private static long memberOfNoAccount(Api api, String token, String name) {
        Household.releaseWithingsUser(api, token, NINA);
        Household.releaseWithingsUser(api, token, AROHA);
        return Household.addMember(api, token, Household.named(name));
    }

    private static Map<LocalDate, Integer> steps(Api api, String token, long id) {
        Map<LocalDate, Integer> steps = new TreeMap<>();
        api.get("/api/v1/members/" + id + "/activity?from=2000-01-01", token).json().get("items").valueStream()
                .forEach(i -> assertThat(steps.put(LocalDate.parse(i.get("date").asString()),
                        i.get("steps").asInt())).as("one day a date").isNull());
        return steps;
    }

    private static JsonNode linkAndSync(Api api, String token, long id, String persona) {
        assertThat(api.getUrl(NewcomerPathCases.authorize(api, token, id, persona)).location()).endsWith("?connected");
        return Poll.until(Duration.ofSeconds(90), "the backfill of " + persona, () -> {
            var s = api.get("/api/v1/members/" + id + "/sync", token).json();
            return !s.get("lastSuccessAt").isNull() && "IDLE".equals(s.get("state").asString()) ? s : null;
        });
    }

    private int count(String table, String key, long member, long value) {
        return jdbc.sql("select count(*) from " + table + " where member_id = ? and " + key + " = ?")
                .params(member, value).query(Integer.class).single();
    }

    private static List<String> weights(Api api, String token, long id) {
        var items = api.get("/api/v1/members/" + id + "/measurements?type=weight&from=2000-01-01", token).json()
                .get("items");
        return items.valueStream().map(i -> i.get("value").asString()).toList();
    }

    private static JsonNode calls(Api api) {
        return api.getUrl(api.base() + "/emulator/withings/_admin/stats").json().get("requests");
    }
}
