package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.Emulator;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Poll;
import dev.pulseboard.support.PulseboardTest;

/** A shared scale: readings Withings marks ambiguous stay out of the series until assigned or discarded. */
@PulseboardTest
class AmbiguousReadingsIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Emulator emulator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsAmbiguousReadingsOutUntilTheAdministratorAssignsOrDiscardsThem() {
        Api api = new Api(port);
        String token = Household.token(api);
        Household.releaseWithingsUser(api, token, "10000002");
        long sam = Household.addMember(api, token, Household.named("Sam"));
        long partner = Household.addMember(api, token, "Partner");
        api.getUrl(NewcomerPathCases.authorize(api, token, sam, "sam"));
        Poll.until(Duration.ofSeconds(60), "the backfill", () -> {
            var s = api.get("/api/v1/members/" + sam + "/sync", token).json();
            return s.get("lastSuccessAt").isNull() ? null : s;
        });

        var expected = emulator.readings("sam", 1, 1);
        long ambiguous = expected.stream().filter(r -> r.attrib() == 1).count();
        assertThat(ambiguous).isPositive();
        var series = api.get("/api/v1/members/" + sam + "/measurements?type=weight", token).json().get("items");
        assertThat(series.size()).isEqualTo(expected.size() - ambiguous);

        var pending = api.get("/api/v1/ambiguous-readings", token).json().get("items");
        var weights = new ArrayList<JsonNode>();
        pending.forEach(i -> {
            if (i.get("memberId").asLong() == sam && "weight".equals(i.get("type").asString())) {
                weights.add(i);
            }
        });
        assertThat(weights).hasSize((int) ambiguous);

        long assigned = weights.get(0).get("groupId").asLong();
        var moved = api.post("/api/v1/ambiguous-readings/assign", token,
                "{\"memberId\":" + sam + ",\"groupId\":" + assigned + ",\"toMemberId\":" + partner + "}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(204);
        var partnerSeries = api.get("/api/v1/members/" + partner + "/measurements?type=weight", token).json()
                .get("items");
        assertThat(partnerSeries.size()).isEqualTo(1);
        assertThat(partnerSeries.get(0).get("time").asString()).isEqualTo(weights.get(0).get("time").asString());

        long discarded = weights.get(1).get("groupId").asLong();
        assertThat(api.post("/api/v1/ambiguous-readings/discard", token,
                "{\"memberId\":" + sam + ",\"groupId\":" + discarded + "}").status()).isEqualTo(204);
        var after = api.get("/api/v1/ambiguous-readings", token).json().get("items");
        after.forEach(i -> {
            if (i.get("memberId").asLong() == sam) {
                assertThat(i.get("groupId").asLong()).isNotIn(assigned, discarded);
            }
        });
        assertThat(api.post("/api/v1/ambiguous-readings/discard", token,
                "{\"memberId\":" + sam + ",\"groupId\":" + discarded + "}").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/members/" + sam + "/measurements?type=weight", token).json().get("items")
                .size()).isEqualTo(expected.size() - ambiguous);

        var page = PageSession.signIn(port);
        String samPage = "/members/" + sam;
        String sorting = page.get(samPage).body();
        assertThat(sorting).contains("Shared-scale readings to sort out");
        int left = weights.size() - 2;
        if (left > 20) {
            assertThat(sorting).as("the page says it shows only some").contains("The newest 20 of " + left
                    + " are shown");
        } else {
            assertThat(sorting).doesNotContain("id=\"ambiguous-more\"");
        }
        String table = sorting.substring(sorting.indexOf("<table class=\"ambiguous\">"));
        assertThat(table.substring(0, table.indexOf("</table>"))).as("weights written as the viewer's settings say")
                .containsPattern("<td>\\d+\\.\\d kg</td>").doesNotContainPattern("<td>\\d+\\.\\d{2,} kg</td>");
        long next = weights.get(2).get("groupId").asLong();
        var discardedOnPage = page.post(samPage, samPage + "/ambiguous/" + next + "/discard", Map.of());
        assertThat(discardedOnPage.body()).contains("1 weigh-in was discarded.");
        long last = weights.get(3).get("groupId").asLong();
        var assignedOnPage = page.post(samPage, samPage + "/ambiguous/" + last + "/assign",
                Map.of("to", Long.toString(partner)));
        assertThat(assignedOnPage.body()).contains("1 weigh-in now belongs to Partner.");
        assertThat(api.get("/api/v1/members/" + partner + "/measurements?type=weight", token).json().get("items")
                .size()).isEqualTo(2);

        // Read again from Withings (an upgrade that re-reads the history, say): what was sorted out stays sorted.
        // From just before the oldest of the four, so that the read is a page or two, not the whole history.
        jdbc.sql("update sync_cursor set last_update = (select cast(min(extract(epoch from modified_at)) as bigint) "
                + "- 1 from measurement where group_id in (?, ?, ?, ?)) where member_id = ? and data_type = 'measures'")
                .params(assigned, discarded, next, last, sam).update();
        String before = api.get("/api/v1/members/" + sam + "/sync", token).json().get("lastSuccessAt").asString();
        assertThat(api.post("/api/v1/members/" + sam + "/sync", token, "").status()).isEqualTo(202);
        Poll.until(Duration.ofSeconds(60), "the re-read", () -> {
            var s = api.get("/api/v1/members/" + sam + "/sync", token).json();
            return !s.get("lastSuccessAt").asString().equals(before) && "IDLE".equals(s.get("state").asString())
                    ? s : null;
        });
        api.get("/api/v1/ambiguous-readings", token).json().get("items").forEach(i -> {
            if (i.get("memberId").asLong() == sam) {
                assertThat(i.get("groupId").asLong()).as("sorted out before the re-read").isNotIn(assigned,
                        discarded, next, last);
            }
        });
        assertThat(api.get("/api/v1/members/" + partner + "/measurements?type=weight", token).json().get("items")
                .size()).isEqualTo(2);
        assertThat(api.get("/api/v1/members/" + sam + "/measurements?type=weight", token).json().get("items")
                .size()).isEqualTo(expected.size() - ambiguous);

        // Every sorting is in the audit log: who moved or threw away which reading.
        var audit = api.get("/api/v1/audit", token).json().get("items");
        var sorted = new ArrayList<String>();
        audit.forEach(e -> {
            if (e.get("action").asString().startsWith("READING_")) {
                assertThat(e.get("memberId").asLong()).isEqualTo(sam);
                sorted.add(e.get("action").asString() + " " + e.get("detail").asString());
            }
        });
        // Told as the page lists them: the weight and when it was taken.
        assertThat(sorted).containsExactlyInAnyOrder(
                "READING_ASSIGNED " + described(weights.get(0)) + ", moved to Partner",
                "READING_DISCARDED " + described(weights.get(1)) + ", discarded",
                "READING_DISCARDED " + described(weights.get(2)) + ", discarded",
                "READING_ASSIGNED " + described(weights.get(3)) + ", moved to Partner");

        // Several at once, as the boxes ticked on the page send them; one someone sorted out meanwhile is told apart.
        assertThat(weights).as("enough weigh-ins to sort out several at once").hasSizeGreaterThan(6);
        String sorting2 = page.get(samPage).body();
        assertThat(sorting2).as("a box beside each weigh-in, for the form below the table")
                .contains("form=\"ambiguous-chosen\" value=\"" + weights.get(4).get("groupId").asLong() + "\"",
                        "id=\"ambiguous-chosen\"");
        var several = page.post(samPage, samPage + "/ambiguous/assign", List.of(
                Map.entry("group", weights.get(4).get("groupId").asString()),
                Map.entry("group", weights.get(5).get("groupId").asString()),
                Map.entry("group", Long.toString(last)), Map.entry("to", Long.toString(partner))));
        assertThat(several.body()).contains("2 weigh-ins now belong to Partner. 1 had already been sorted out.");
        assertThat(api.get("/api/v1/members/" + partner + "/measurements?type=weight", token).json().get("items")
                .size()).isEqualTo(4);
        assertThat(page.post(samPage, samPage + "/ambiguous/discard", List.of()).body())
                .as("nothing ticked: nothing done, and said").contains("Choose the weigh-ins first");
        assertThat(page.post(samPage, samPage + "/ambiguous/discard",
                List.of(Map.entry("group", weights.get(6).get("groupId").asString()))).body())
                .contains("1 weigh-in was discarded.");
        api.get("/api/v1/ambiguous-readings", token).json().get("items").forEach(i -> {
            if (i.get("memberId").asLong() == sam) {
                assertThat(i.get("groupId").asLong()).as("sorted out at once").isNotIn(
                        weights.get(4).get("groupId").asLong(), weights.get(5).get("groupId").asLong(),
                        weights.get(6).get("groupId").asLong());
            }
        });

        // Someone who may only view Sam's data is not given his readings to sort out (nor is it on his page).
        var invited = api.post("/api/v1/invitations", token, "{\"memberId\":" + partner + ",\"role\":\"MEMBER\"}");
        String url = invited.json().get("url").asString();
        var accepted = api.post("/api/v1/invitations/" + url.substring(url.lastIndexOf('/') + 1) + "/accept", null,
                "{\"email\":\"viewer@example.org\",\"password\":\"a long enough password\",\"name\":\"Viewer\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/members/" + sam + "/grants", token, "{\"userId\":" + accepted.json().get("id")
                .asLong() + ",\"access\":\"VIEW\"}").status()).isEqualTo(201);
        String viewer = api.postBasic("/api/v1/tokens", "viewer@example.org", "a long enough password",
                "{\"name\":\"viewer\"}").json().get("token").asString();
        assertThat(api.get("/api/v1/members/" + sam, viewer).status()).as("Sam is shared with them").isEqualTo(200);
        api.get("/api/v1/ambiguous-readings", viewer).json().get("items")
                .forEach(i -> assertThat(i.get("memberId").asLong()).isNotEqualTo(sam));
    }

    private static String described(JsonNode weight) {
        return "shared-scale reading: weight taken " + weight.get("time").asString();
    }
}
