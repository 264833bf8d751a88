package dev.pulseboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

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

    @Test
    void showsTheAuditLogToTheAdministrator() {
        var page = PageSession.signIn(port).get("/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Audit log");
    }
}
