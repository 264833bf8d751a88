package dev.pulseboard.export.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pulseboard.export.Archives;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

import tools.jackson.databind.JsonNode;

/**
 * A link to one member's home blood-pressure report for their doctor, who has no login: it opens that report (its
 * days, its guideline, page and PDF) to anyone with the address and nothing else, is never cached or indexed, is
 * written in the audit log, and stops at once when revoked or expired; a forged or altered address opens nothing.
 */
@PulseboardTest
class ReportLinksIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api api;
    private String token;
    private long pia;
    private long quinn;
    private String piaName;
    private String quinnName;

    @BeforeEach
    void twoMembersWithAWeekOfReadings() {
        api = new Api(port);
        token = Household.token(api);
        piaName = Household.named("Pia");
        quinnName = Household.named("Quinn");
        pia = Household.addMember(api, token, piaName);
        quinn = Household.addMember(api, token, quinnName);
        imported(pia, 131, 81);
        imported(quinn, 152, 97);
    }

    @Test
    void aLinkOpensItsMembersReportForItsDaysAndNothingElse() {
        var made = api.post("/api/v1/members/" + pia + "/report-links", token, "{\"label\":\"Dr Lee\","
                + "\"from\":\"2026-11-02\",\"to\":\"2026-11-08\",\"days\":7,\"guideline\":\"AHA_ACC_2025\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String url = made.json().get("url").asString();
        assertThat(url).matches("http://localhost:\\d+/r/pbr_[A-Za-z0-9_-]{43}");
        String path = URI.create(url).getPath();

        HttpResponse<String> page = PageSession.anonymous(port).getOnce(path + "?from=2020-01-01&to=2026-12-01");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the member's report of the link's days, read against its guideline")
                .contains(piaName, "2 November 2026", "AHA/ACC 2025 home threshold of 130/80", "id=\"shared-by-link\"",
                        "<td class=\"num high\">131</td>")
                .doesNotContain(quinnName, "1 January 2020", "Export and reports");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("X-Robots-Tag")).contains("noindex, nofollow");
        assertThat(page.headers().firstValue("Referrer-Policy")).as("the address goes to no other site")
                .contains("no-referrer");
        assertThat(page.headers().allValues("Set-Cookie")).as("no session for a visitor").isEmpty();

        HttpResponse<String> pdf = PageSession.anonymous(port).getOnce(path + "?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        String forged = path.substring(0, path.length() - 1) + (path.endsWith("A") ? "B" : "A");
        assertThat(PageSession.anonymous(port).getOnce(forged).statusCode()).isEqualTo(404);
        assertThat(PageSession.anonymous(port).getOnce("/r/nonsense").body()).contains("no report at this address")
                .doesNotContain(piaName);

        var headers = PageSession.anonymous(port).send("HEAD", path);
        assertThat(headers.statusCode()).as("a link checker's HEAD").isEqualTo(200);
        HttpResponse<String> preview = PageSession.anonymous(port).getAs(path, "Slackbot-LinkExpanding 1.0 "
                + "(+https://api.slack.com/robots)");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).as("a chat's preview gets no health data, not even the name")
                .contains("Open this link in a browser").doesNotContain(piaName, "131");
        assertThat(PageSession.anonymous(port).getOnce(path + "/").statusCode()).as("nothing else under /r/")
                .isEqualTo(404);

        JsonNode listed = api.get("/api/v1/members/" + pia + "/report-links", token).json().get("items");
        assertThat(listed).singleElement().satisfies(l -> {
            assertThat(l.get("label").asString()).isEqualTo("Dr Lee");
            assertThat(l.get("from").asString()).isEqualTo("2026-11-02");
            assertThat(l.get("openedCount").asInt()).as("the page and its PDF; not the HEAD or the preview")
                    .isEqualTo(2);
            assertThat(l.get("url").isNull()).as("the address is shown once, when made").isTrue();
        });
        assertThat(api.get("/api/v1/members/" + quinn + "/report-links", token).json().get("items")).isEmpty();
        assertThat(actions(pia)).as("made, and opened: written once a day").contains("REPORT_LINK_MADE")
                .filteredOn("REPORT_LINK_OPENED"::equals).hasSize(1);

        long id = made.json().get("id").asLong();
        assertThat(api.delete("/api/v1/members/" + quinn + "/report-links/" + id, token).status())
                .as("another member's link is not one of this member's").isEqualTo(404);
        assertThat(api.delete("/api/v1/members/" + pia + "/report-links/" + id, token).status()).isEqualTo(204);
        HttpResponse<String> revoked = PageSession.anonymous(port).getOnce(path);
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(revoked.body()).contains("it was revoked").doesNotContain(piaName, "131");
        assertThat(api.delete("/api/v1/members/" + pia + "/report-links/" + id, token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/members/" + pia + "/report-links", token).json().get("items")).isEmpty();
        assertThat(actions(pia)).contains("REPORT_LINK_REVOKED");
    }

    @Test
    void anExpiredLinkOrARemovedMemberOpensNothingAndAWrongRequestMakesNone() {
        var made = api.post("/api/v1/members/" + pia + "/report-links", token, "{\"label\":\"Clinic\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("guideline").asString()).as("the caller's own under Units").isEqualTo("ESH_2023");
        String path = URI.create(made.json().get("url").asString()).getPath();
        jdbc.sql("update report_link set expires_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), made.json().get("id").asLong()).update();
        HttpResponse<String> expired = PageSession.anonymous(port).getOnce(path);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("it opened for a limited time");

        String tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2).toString();
        for (String wrong : List.of("{\"label\":\"\"}", "{\"label\":\"Dr Lee\",\"days\":31}",
                "{\"label\":\"Dr Lee\",\"from\":\"2999-01-01\"}", "{\"label\":\"Dr Lee\",\"guideline\":\"JNC7\"}",
                "{\"label\":\"Dr Lee\",\"from\":\"2026-01-01\",\"to\":\"2026-11-08\"}",
                "{\"label\":\"Dr Lee\",\"from\":\"2026-11-02\",\"to\":\"" + tomorrow + "\"}",
                "{\"label\":\"Dr Lee\",\"memberId\":2}", "{\"label\":", "[]")) {
            var refused = api.post("/api/v1/members/" + pia + "/report-links", token, wrong);
            assertThat(refused.status()).as(wrong + " " + refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).contains("problem+json");
        }
        assertThat(jdbc.sql("select count(*) from report_link where member_id = ?").param(pia).query(Integer.class)
                .single()).as("none made by a refusal").isEqualTo(1);

        var second = api.post("/api/v1/members/" + quinn + "/report-links", token, "{\"label\":\"Dr Roe\"}");
        String quinnsPath = URI.create(second.json().get("url").asString()).getPath();
        assertThat(api.delete("/api/v1/members/" + quinn, token).status()).isEqualTo(204);
        assertThat(PageSession.anonymous(port).getOnce(quinnsPath).statusCode()).as("removed with the member")
                .isEqualTo(404);
    }

    @Test
    void theExportPageMakesALinkShowsItOnceListsItAndRevokesIt() {
        PageSession admin = PageSession.signIn(port);
        String export = "/members/" + pia + "/export";
        HttpResponse<String> made = admin.post(export, export + "/report-links", Map.of("label", "Dr Lee",
                "from", "2026-11-02", "to", "2026-11-08", "days", "7", "guideline", "ESH_2023"));
        assertThat(made.statusCode()).isEqualTo(200);
        Matcher url = Pattern.compile("id=\"made-link-url\" class=\"made-link\">(http[^<]+)<").matcher(made.body());
        assertThat(url.find()).as("the link, shown once").isTrue();
        assertThat(made.body()).contains("id=\"link-list\"", "2 Nov 2026 to 8 Nov 2026", "not opened yet");
        assertThat(admin.get(export).body()).as("not shown again").doesNotContain("id=\"made-link-url\"")
                .contains("Dr Lee");
        String path = URI.create(url.group(1)).getPath();
        assertThat(PageSession.anonymous(port).getOnce(path).body()).contains(piaName, "ESH 2023 home threshold");

        HttpResponse<String> refused = admin.post(export, export + "/report-links", Map.of("label", "",
                "days", "7"));
        assertThat(refused.body()).contains("id=\"link-error\"", "must not be empty");

        long id = jdbc.sql("select id from report_link where member_id = ?").param(pia).query(Long.class).single();
        HttpResponse<String> revoked = admin.post(export, export + "/report-links/" + id + "/revoke", Map.of());
        assertThat(revoked.body()).contains("The link was revoked").doesNotContain("id=\"link-list\"");
        assertThat(PageSession.anonymous(port).getOnce(path).statusCode()).isEqualTo(410);
    }

    private List<String> actions(long member) {
        return api.get("/api/v1/audit", token).json().get("items").valueStream()
                .filter(e -> e.get("memberId").asLong() == member).map(e -> e.get("action").asString()).toList();
    }

    /** A week of home readings, two a minute apart each morning and evening, of {@code systolic}/{@code diastolic}. */
    private void imported(long member, int systolic, int diastolic) {
        StringBuilder bp = new StringBuilder("Date,Heart rate,Systolic,Diastolic,Comments\n");
        for (int day = 2; day <= 8; day++) {
            for (String time : new String[] { "07:00", "07:01", "21:00", "21:01" }) {
                bp.append("2026-11-0").append(day).append(' ').append(time).append(":00,62,").append(systolic)
                        .append(',').append(diastolic).append(",\n");
            }
        }
        JsonNode report = new Archives(api, token).importAndWait(member + "/imports?timeZone=Europe/Paris",
                Archives.zip(Map.of("bp.csv", bp.toString())));
        assertThat(report.get("state").asString()).as(report.toString()).isEqualTo("DONE");
    }
}
