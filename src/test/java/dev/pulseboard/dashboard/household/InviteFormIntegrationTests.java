package dev.pulseboard.dashboard.household;

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
 * The People page's "Invite" form over HTTP: a refused invitation comes back with its message at the field it is
 * about (invalid, described by it, with the focus), in the summary at the top, and with every choice kept.
 */
@PulseboardTest
class InviteFormIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void aMemberChosenWithANewNameTypedIsToldAtTheMemberFieldAndKeepsEveryChoice() {
        Api api = new Api(port);
        String token = Household.token(api);
        long sam = Household.addMember(api, token, "Sam " + System.nanoTime() % 100000);
        int before = invitations(api, token);
        PageSession session = PageSession.signIn(port);

        var answer = session.post("/household", "/household/invitations",
                Map.of("member", Long.toString(sam), "name", "Jo", "role", "ADMIN", "days", "30"));

        assertThat(answer.uri().getPath()).isEqualTo("/household");
        PageHtml page = new PageHtml(answer.body());
        String message = "Choose the member the invitation is for, or type a new member's name, not both.";
        var member = page.field("member");
        assertThat(member.invalid()).isEqualTo("true");
        assertThat(member.description()).containsExactly(message);
        assertThat(member.focused()).isTrue();
        assertThat(member.value()).isEqualTo(Long.toString(sam));
        assertThat(page.autofocused()).containsExactly("member");
        assertThat(page.field("name")).isEqualTo(new PageHtml.Field(null, List.of(), "Jo", false));
        assertThat(page.field("role").value()).isEqualTo("ADMIN");
        assertThat(page.field("days").value()).isEqualTo("30");
        assertThat(page.summary("error-summary")).containsExactly(new PageHtml.Line(message, "#member"));
        assertThat(page.has("invitation-link")).as("no link made").isFalse();
        assertThat(invitations(api, token)).isEqualTo(before);
    }

    @Test
    void aMemberInvitationForNobodyIsToldAtTheMemberFieldAndTheNextVisitStartsAfresh() {
        PageSession session = PageSession.signIn(port);

        var answer = session.post("/household", "/household/invitations",
                Map.of("member", "", "name", " ", "role", "MEMBER", "days", "1"));

        PageHtml page = new PageHtml(answer.body());
        assertThat(page.field("member").description())
                .containsExactly("Choose the member the invitation is for, or give the new member's name.");
        assertThat(page.field("name").value()).isEqualTo(" ");
        assertThat(page.field("days").value()).isEqualTo("1");
        PageHtml again = new PageHtml(session.get("/household").body());
        assertThat(again.field("member").invalid()).isNull();
        assertThat(again.field("days").value()).as("the form's own default").isEqualTo("7");
        assertThat(again.summary("error-summary")).isEmpty();
    }

    private static int invitations(Api api, String token) {
        return api.get("/api/v1/invitations", token).json().get("items").size();
    }
}
