package dev.pulseboard.dashboard.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * An administrator with no member of their own (as the one who set the household up) adds themselves from the
 * overview with "This is me", is "You" on their card, and can say "Not me" on People and pick the member again.
 */
@PulseboardTest
class OwnMemberPageIntegrationTests {

    static final String PASSWORD = "another horse battery";

    @Value("${server.port}")
    int port;

    @Test
    void anAdministratorAddsThemselvesAndCanTakeItBack() {
        Api api = new Api(port);
        String admin = Household.token(api);
        String run = Long.toString(System.nanoTime(), 36);
        String email = "own-" + run + "@example.org";
        var accepted = Household.invitedLogin(api, admin, "{\"role\":\"ADMIN\"}", email, PASSWORD, "Own " + run);
        try {
            PageSession session = PageSession.signIn(port, email, PASSWORD);
            assertThat(session.get("/").body()).contains("id=\"add-me\"");

            var added = session.post("/", "/members", Map.of("name", "Own self " + run, "me", "true"));
            assertThat(added.statusCode()).isEqualTo(200);
            assertThat(added.uri().getPath()).startsWith("/members/");
            assertThat(session.get("/").body()).as("no second self to add").doesNotContain("id=\"add-me\"");
            String people = session.get("/household").body();
            assertThat(people).contains("id=\"not-me\"").doesNotContain("id=\"this-is-me\"");
            long myId = accepted.json().get("id").asLong();
            assertThat(people).as("no role change, temporary password or removal of oneself on one's own row")
                    .contains("administrator (you)").doesNotContain("/household/users/" + myId + "/remove")
                    .doesNotContain("/household/users/" + myId + "/password")
                    .doesNotContain("/household/users/" + myId + "/role")
                    .contains("Remove the login of " + Household.NAME + " (" + Household.EMAIL + ")?");

            var notMe = session.post("/household", "/household/me/member/remove", Map.of());
            assertThat(notMe.body()).contains("Your login is no member");
            String again = session.get("/household").body();
            assertThat(again).contains("id=\"this-is-me\"").contains("Own self " + run);
            var taken = session.post("/household", "/household/me/member",
                    Map.of("member", added.uri().getPath().replaceAll("\\D", "")));
            assertThat(taken.body()).contains("Your login is now Own self " + run);
        } finally {
            // The household's other tests count its administrators.
            assertThat(api.delete("/api/v1/users/" + accepted.json().get("id").asLong(), admin).status())
                    .isEqualTo(204);
        }
    }
}
