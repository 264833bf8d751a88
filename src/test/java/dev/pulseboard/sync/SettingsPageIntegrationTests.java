package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;
import dev.pulseboard.sync.webhook.WebhookMode;

@PulseboardTest
class SettingsPageIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void saysWhichNotificationModeIsActiveAndWhy() {
        var page = PageSession.signIn(port).get("/settings");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Webhooks: on (demo mode").contains("/audit");
        // What the safety net does, as it does it: not a "full sync" (only "Sync now" reads everything).
        assertThat(page.body()).contains("a safety net every <span>7 days</span>").doesNotContain("full sync");
        // The units and time zone are set here too (the same form as under "Units"), with ids of their own.
        assertThat(page.body()).contains("Units and time zone", "id=\"page-zones\"", "id=\"header-zones\"");
    }

    @Test
    void explainsPollingWhenThePublicUrlIsNotHttps() {
        var local = new WebhookMode(false, "http://localhost:8080", "");
        assertThat(local.enabled()).isFalse();
        assertThat(local.explanation()).contains("off").contains("polls");
        assertThat(new WebhookMode(false, "https://192.168.1.10", "").enabled()).isFalse();
        assertThat(new WebhookMode(false, "https://pulse.example.org/", "").enabled()).isTrue();
    }

    /** Withings calls back only ports 443 and 80, at addresses of at most 255 characters (withings-api.md §5). */
    @Test
    void pollsWhenWithingsWouldRefuseThePortOrTheLengthOfTheAddress() {
        var otherPort = new WebhookMode(false, "https://pulse.example.org:8443", "");
        assertThat(otherPort.enabled()).isFalse();
        assertThat(otherPort.explanation()).contains("is on port 8443, and Withings calls only ports 443 and 80")
                .contains("polls");
        assertThat(new WebhookMode(false, "https://pulse.example.org:443/health", "").enabled()).isTrue();
        // The notification address adds "/withings/notify/" and a 32-character secret: 49 characters.
        String longest = "https://pulse.example.org/" + "p".repeat(255 - 49 - "https://pulse.example.org/".length());
        assertThat(new WebhookMode(false, longest, "").enabled()).isTrue();
        var tooLong = new WebhookMode(false, longest + "x", "");
        assertThat(tooLong.enabled()).isFalse();
        assertThat(tooLong.explanation()).contains("a notification address of 256 characters");
    }

    @Test
    void showsTheAuditLogToTheAdministrator() {
        Api api = new Api(port);
        var invited = api.post("/api/v1/invitations", Household.token(api),
                "{\"name\":\"" + Household.named("Audited") + "\",\"role\":\"MEMBER\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        var page = PageSession.signIn(port).get("/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Audit log")
                .as("times in the viewer's zone, written as on the other pages").contains("id=\"audit-zone\">Times in <span>")
                .containsPattern("<td class=\"card-title\">[^<]*20\\d\\d[^<]*\\d:\\d{2}:\\d{2}[^<]*</td>")
                .doesNotContain("When (UTC)");
    }
}
