package dev.pulseboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageHtml;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * The small forms that used to answer a refusal with a banner only, over HTTP: a temporary password on People, a
 * new API token, a member's new name. Each now comes back with its message at the field (invalid, described by it,
 * with the focus), in the summary at the top, with what was chosen kept; and nothing is changed.
 */
@PulseboardTest
class RowFormsIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void aShortTemporaryPasswordIsToldAtThatLoginsFieldAndChangesNothing() {
        Api api = new Api(port);
        String token = Household.token(api);
        // Another login: one's own row offers no temporary password (Your password is on Settings).
        String name = Household.named("Row");
        long me = Household.invitedLogin(api, token, "{\"name\":\"" + name + "\",\"role\":\"MEMBER\"}",
                "row-" + System.nanoTime() + "@example.org", "a row horse battery", name).json().get("id").asLong();
        PageSession session = PageSession.signIn(port);

        var answer = session.post("/household", "/household/users/" + me + "/password", Map.of("password", "short"));

        assertThat(answer.uri().getPath()).isEqualTo("/household");
        PageHtml page = new PageHtml(answer.body());
        String message = "The temporary password for " + name + " must have at least 8 characters.";
        var field = page.field("user-" + me + "-password");
        assertThat(field).isEqualTo(new PageHtml.Field("true", List.of(message), null, true));
        assertThat(page.autofocused()).containsExactly("user-" + me + "-password");
        assertThat(page.summary("user-" + me + "-error-summary"))
                .containsExactly(new PageHtml.Line(message, "#user-" + me + "-password"));
        assertThat(page.field("member").invalid()).as("the invitation form is not the one refused").isNull();
        assertThat(answer.body()).doesNotContain("Temporary password set");
        assertThat(PageSession.signIn(port).get("/household").uri().getPath()).as("the password still works")
                .isEqualTo("/household");
    }

    @Test
    void aTokenWithoutANameIsToldAtTheNameFieldAndKeepsItsChoices() {
        Api api = new Api(port);
        String token = Household.token(api);
        PageSession session = PageSession.signIn(port);
        int before = api.get("/api/v1/tokens", token).json().get("items").size();

        var answer = session.post("/account/tokens", "/account/tokens",
                Map.of("name", "   ", "days", "365", "readOnly", "true"));

        PageHtml page = new PageHtml(answer.body());
        String message = "The token name must not be empty.";
        assertThat(page.field("name")).isEqualTo(new PageHtml.Field("true", List.of(message), "   ", true));
        assertThat(page.field("days").value()).isEqualTo("365");
        assertThat(answer.body()).containsPattern("id=\"readOnly\"[^>]*checked");
        assertThat(page.summary("error-summary")).containsExactly(new PageHtml.Line(message, "#name"));
        assertThat(page.has("new-token-value")).as("no token shown").isFalse();
        assertThat(answer.body()).doesNotContain("Exception");
        assertThat(api.get("/api/v1/tokens", token).json().get("items").size()).isEqualTo(before);

        PageHtml again = new PageHtml(session.get("/account/tokens").body());
        assertThat(again.field("days").value()).as("the form's own default").isEqualTo("90");
        assertThat(again.field("name").invalid()).isNull();
    }

    @Test
    void aLoginChangesItsOwnNameOnSettingsAndThroughTheApi() {
        Api api = new Api(port);
        String token = Household.token(api);
        PageSession session = PageSession.signIn(port);
        try {
            var refused = session.post("/settings", "/account/name", Map.of("name", "  "));
            PageHtml page = new PageHtml(refused.body());
            assertThat(page.field("login-name")).isEqualTo(new PageHtml.Field("true",
                    List.of("The name must not be empty."), "  ", true));
            assertThat(api.get("/api/v1/me", token).json().get("name").asString()).isEqualTo(Household.NAME);

            var saved = session.post("/settings", "/account/name", Map.of("name", "Ada Lovelace"));
            assertThat(saved.body()).contains("Your name is now Ada Lovelace.")
                    .contains("class=\"who\" dir=\"auto\">Ada Lovelace<");

            var api400 = api.patch("/api/v1/me", token, "{\"name\":\"\"}");
            assertThat(api400.status()).isEqualTo(400);
            assertThat(api400.json().get("detail").asString()).isEqualTo("The name must not be empty.");
        } finally {
            var back = api.patch("/api/v1/me", token, "{\"name\":\"" + Household.NAME + "\"}");
            assertThat(back.status()).isEqualTo(200);
            assertThat(back.json().get("name").asString()).isEqualTo(Household.NAME);
        }
    }

    @Test
    void anEmptyNameForAMemberIsToldAtTheRenameFieldAndTheNameStays() {
        Api api = new Api(port);
        String token = Household.token(api);
        String name = "Kit " + System.nanoTime() % 100000;
        long kit = Household.addMember(api, token, name);
        PageSession session = PageSession.signIn(port);

        var answer = session.post("/members/" + kit, "/members/" + kit + "/rename", Map.of("name", ""));

        assertThat(answer.uri().getPath()).isEqualTo("/members/" + kit);
        PageHtml page = new PageHtml(answer.body());
        String message = "The member's name must not be empty.";
        assertThat(page.field("rename-name")).isEqualTo(new PageHtml.Field("true", List.of(message), "", true));
        assertThat(page.summary("rename-error-summary")).containsExactly(new PageHtml.Line(message, "#rename-name"));
        assertThat(api.get("/api/v1/members/" + kit, token).json().get("name").asString()).isEqualTo(name);
        assertThat(new PageHtml(session.get("/members/" + kit).body()).field("rename-name").value()).isEqualTo(name);
    }
}
