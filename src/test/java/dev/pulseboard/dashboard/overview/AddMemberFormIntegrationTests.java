package dev.pulseboard.dashboard.overview;

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
 * The overview's "Add a member" form over HTTP: a refused name comes back to the overview at its field, marked
 * invalid, described by the message, with the focus, as it was typed, and in the summary at the top; once.
 */
@PulseboardTest
class AddMemberFormIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void aBlankNameIsToldAtTheNameFieldAndKeptAsTyped() {
        Api api = new Api(port);
        String token = Household.token(api);
        int before = api.get("/api/v1/members", token).json().size();
        PageSession session = PageSession.signIn(port);

        var answer = session.post("/", "/members", Map.of("name", "   "));

        assertThat(answer.uri().getPath()).isEqualTo("/");
        PageHtml page = new PageHtml(answer.body());
        var name = page.field("name");
        assertThat(name.invalid()).isEqualTo("true");
        assertThat(name.description()).containsExactly("The member's name must not be empty.");
        assertThat(name.focused()).isTrue();
        assertThat(name.value()).isEqualTo("   ");
        assertThat(page.autofocused()).containsExactly("name");
        assertThat(page.summary("error-summary"))
                .containsExactly(new PageHtml.Line("The member's name must not be empty.", "#name"));
        assertThat(answer.body()).as("said once, at the field and in the summary, not in a banner too")
                .doesNotContain("class=\"error\" role=\"alert\"");
        assertThat(api.get("/api/v1/members", token).json().size()).as("nobody added").isEqualTo(before);

        PageHtml again = new PageHtml(session.get("/").body());
        assertThat(again.field("name")).as("the next visit starts afresh")
                .isEqualTo(new PageHtml.Field(null, List.of(), "", false));
        assertThat(again.summary("error-summary")).isEmpty();
    }

    @Test
    void aNameAnotherMemberHasIsToldAtTheNameField() {
        Api api = new Api(port);
        String token = Household.token(api);
        String name = Household.named("Namesake");
        Household.addMember(api, token, name);
        PageSession session = PageSession.signIn(port);

        var answer = session.post("/", "/members", Map.of("name", name.toLowerCase()));

        var field = new PageHtml(answer.body()).field("name");
        assertThat(field.description()).containsExactly(
                "There is already a member called " + name.toLowerCase() + " in the household: choose another name.");
        assertThat(field.value()).isEqualTo(name.toLowerCase());
    }
}
