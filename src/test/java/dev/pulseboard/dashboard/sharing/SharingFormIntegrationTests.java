package dev.pulseboard.dashboard.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageHtml;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * A member's sharing page's "Share" form over HTTP: a refused grant comes back with each message at the field it is
 * about (invalid, described by it, the first with the focus), in the summary at the top, and with every choice kept.
 */
@PulseboardTest
class SharingFormIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    Invitations invitations;

    @Autowired
    UserRepository users;

    @Test
    void aLastDayInThePastIsToldAtTheLastDayFieldAndKeepsEveryChoice() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, "Lee " + System.nanoTime() % 100000);
        long kim = newLogin("Kim");
        PageSession session = PageSession.signIn(port);
        String sharing = "/members/" + member + "/sharing";

        var answer = session.post(sharing, sharing,
                Map.of("userId", Long.toString(kim), "level", "MANAGE", "until", "2001-02-03"));

        assertThat(answer.uri().getPath()).isEqualTo(sharing);
        PageHtml page = new PageHtml(answer.body());
        var until = page.field("until");
        assertThat(until.description()).singleElement().asString().as("the member's today, in their zone")
                .matches("The last day must be today, .+ 20\\d\\d in [A-Za-z_/+0-9-]+ \\(this member's time zone\\), "
                        + "or later\\. Nothing was shared\\.");
        String message = until.description().get(0);
        assertThat(answer.body()).as("the picker starts at the member's today")
                .containsPattern("id=\"until\"[^>]*min=\"20\\d\\d-\\d\\d-\\d\\d\"");
        assertThat(until.invalid()).isEqualTo("true");
        assertThat(until.description()).containsExactly(message);
        assertThat(until.focused()).isTrue();
        assertThat(until.value()).isEqualTo("2001-02-03");
        assertThat(page.autofocused()).containsExactly("until");
        assertThat(page.field("userId")).isEqualTo(new PageHtml.Field(null, List.of(), Long.toString(kim), false));
        assertThat(page.field("level").value()).isEqualTo("MANAGE");
        assertThat(page.summary("error-summary")).containsExactly(new PageHtml.Line(message, "#until"));
        assertThat(api.get("/api/v1/members/" + member + "/grants", token).json().get("items").size())
                .as("nothing shared").isZero();
    }

    @Test
    void aForgedAccessAndALastDayThatIsNoDateAreBothToldTheFirstWithTheFocus() {
        Api api = new Api(port);
        long member = Household.addMember(api, Household.token(api), "Lou " + System.nanoTime() % 100000);
        long kim = newLogin("Kit");
        PageSession session = PageSession.signIn(port);
        String sharing = "/members/" + member + "/sharing";

        var answer = session.post(sharing, sharing,
                Map.of("userId", Long.toString(kim), "level", "OWN", "until", "next week"));

        PageHtml page = new PageHtml(answer.body());
        assertThat(page.summary("error-summary")).containsExactly(
                new PageHtml.Line("Choose what they may do: see, or see and manage. Nothing was shared.", "#level"),
                new PageHtml.Line("The last day must be a date.", "#until"));
        assertThat(page.autofocused()).containsExactly("level");
        assertThat(page.field("until").description()).containsExactly("The last day must be a date.");
        assertThat(new PageHtml(session.get(sharing).body()).summary("error-summary"))
                .as("the next visit starts afresh").isEmpty();
    }

    /** A login of the household that is neither an administrator nor the member: someone to share with. */
    private long newLogin(String name) {
        CurrentUser admin = users.findByEmail(Household.EMAIL).orElseThrow();
        String unique = name + " " + System.nanoTime() % 100000;
        var created = invitations.create(admin, null, unique, CurrentUser.Role.MEMBER, null);
        return invitations.accept(created.token(), name.toLowerCase() + System.nanoTime() + "@example.org",
                "a password 123", unique).userId();
    }
}
