package dev.pulseboard.dashboard.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * An invitation opened in a browser where someone is signed in asks them to sign out and accepts nothing: the invitee
 * landed in that person's session, on their household page. Signed out, the same link works.
 */
@PulseboardTest
class InvitationSignedInElsewhereIntegrationTests {

    private static final String PASSWORD = "an invited horse battery";

    @Value("${server.port}")
    int port;

    @Test
    void aSignedInBrowserIsAskedToSignOutAndNothingIsCreated() {
        Api api = new Api(port);
        String admin = Household.token(api);
        String run = Long.toString(System.nanoTime(), 36);
        long member = Household.addMember(api, admin, "Invited " + run);
        String url = api.post("/api/v1/invitations", admin, "{\"role\":\"MEMBER\",\"memberId\":" + member + "}")
                .json().get("url").asString();
        String page = "/invitations/" + url.substring(url.lastIndexOf('/') + 1);
        Map<String, String> form = Map.of("name", "Invited " + run, "email", "invited-" + run + "@example.org",
                "password", PASSWORD, "confirm", PASSWORD);

        PageSession signedIn = PageSession.signIn(port);
        String shown = signedIn.get(page).body();
        assertThat(shown).contains("id=\"signed-in-elsewhere\"").contains("This browser is signed in as")
                .doesNotContain("id=\"accept-invitation\"");
        var refused = signedIn.post(page, page, form);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"signed-in-elsewhere\"");
        assertThat(api.get("/api/v1/users", admin).body()).as("no login made").doesNotContain("invited-" + run);
        assertThat(signedIn.get("/").body()).as("still the administrator's session").contains(Household.NAME);

        var accepted = PageSession.anonymous(port).post(page, page, form);
        assertThat(accepted.uri().getPath()).as("the invitee's own page").isEqualTo("/members/" + member);
    }
}
