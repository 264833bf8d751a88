package dev.pulseboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/** Addresses that lead nowhere get a readable page, never raw JSON or a stack trace. */
@PulseboardTest
class PageErrorsIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void showsAPageForAMemberIdThatIsNotANumberAndForUnknownPaths() {
        PageSession session = PageSession.signIn(port);
        var notANumber = session.get("/members/abc");
        assertThat(notANumber.statusCode()).isEqualTo(404);
        assertThat(notANumber.body()).contains("There is nothing at this address").doesNotContain("\"detail\"")
                .as("the usual navigation").contains("Sign out", "Audit log", "href=\"/settings\"");
        var stranger = session.get("/members/987654321/body");
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(stranger.body()).contains("or they are not (or no longer) shared with you", "Sign out");
        var stale = session.postWithoutCsrf("/members/1/sync");
        assertThat(stale.statusCode()).as("a form without its CSRF token").isEqualTo(403);
        assertThat(stale.body()).contains("Not allowed", "retry", "Sign out")
                .doesNotContain("Something went wrong");
        var unknown = session.get("/members/1/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<html").doesNotContain("No static resource")
                .as("the usual navigation").contains("Sign out")
                .as("the units form comes back to the address asked for").contains("value=\"/members/1/nothing-here\"")
                .doesNotContain("value=\"/error\"");
    }

    @Test
    void theErrorAddressOpenedByItselfIsNotFoundNotAServerFault() {
        var signedIn = PageSession.signIn(port).get("/error");
        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(signedIn.body()).contains("There is nothing at this address", "Sign out")
                .doesNotContain("Something went wrong");
        var anonymous = new Api(port).get("/error", null);
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.body()).contains("\"status\":404").doesNotContain("999");
    }

    @Test
    void peopleTypedAsTheHeaderNamesItLeadsToThePage() {
        var typed = PageSession.signIn(port).getOnce("/people");
        assertThat(typed.statusCode()).isEqualTo(302);
        assertThat(typed.headers().firstValue("Location").orElseThrow()).endsWith("/household");
    }

    @Test
    void anAddressFormsAreSentToIsNotAServerFaultWhenOpened() {
        var opened = PageSession.signIn(port).get("/members/1/export/import");
        assertThat(opened.statusCode()).isEqualTo(405);
        assertThat(opened.body()).contains("Not a page", "Nothing was changed").doesNotContain("Something went wrong",
                "the server log says why");
    }

    @Test
    void anImportSentAsNoFileFormIsThePagesRefusalAfterThePermissionCheck() {
        PageSession session = PageSession.signIn(port);
        long member = Household.addMember(new Api(port), Household.token(new Api(port)), Household.named("Importer"));
        String page = "/members/" + member + "/export";

        var plain = session.post(page, page + "/import", Map.of("timeZone", "Europe/Paris"));
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("The upload holds no file").doesNotContain("Something went wrong");
        var nobody = session.post(page, "/members/999999/export/import", Map.of());
        assertThat(nobody.statusCode()).as("a member not there, whatever the form").isEqualTo(404);
    }
}
