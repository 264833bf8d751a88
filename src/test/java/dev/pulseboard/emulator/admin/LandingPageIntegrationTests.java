package dev.pulseboard.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.pulseboard.emulator.EmulatorIntegrationSupport;

class LandingPageIntegrationTests extends EmulatorIntegrationSupport {

    @Test
    void theRootNamesTheBaseUrlPersonasAndClientsWithoutExternalAssets() {
        client.postJson("/_admin/clients", "{\"clientId\":\"landing-app\",\"clientSecret\":\"s\","
                + "\"redirectUris\":[\"https://landing.example.com/cb\"],\"partner\":true}");
        client.postJson("/_admin/users", "{\"persona\":\"sam\",\"count\":2,\"clientId\":\"landing-app\"}");

        HttpResponse<String> page = client.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<code id=\"base-url\">http://localhost:" + port + "</code>")
                .contains("alex", "10000001", "nina", "10000003", "Pacific/Auckland")
                .contains("test-app", "landing-app", "https://landing.example.com/cb")
                .contains("2</span> generated users", "href=\"/_admin/personas\"", "docs/emulator.md")
                .doesNotContain("<script", "<link", "src=\"http");
    }
}
