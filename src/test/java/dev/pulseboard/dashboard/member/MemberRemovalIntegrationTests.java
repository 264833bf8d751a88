package dev.pulseboard.dashboard.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/** Removing a member and all their data asks about that member by name, offers the export first and names them after. */
@PulseboardTest
class MemberRemovalIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void theQuestionAndTheNoticeNameTheMember() {
        Api api = new Api(port);
        String name = Household.named("Leaving");
        long member = Household.addMember(api, Household.token(api), name);
        PageSession session = PageSession.signIn(port);
        String page = "/members/" + member;

        assertThat(session.get(page).body()).contains("data-confirm=\"Remove " + name
                + " and all their data (every reading, night, ECG and share)? This cannot be undone: download them "
                + "first from Export if they may be wanted.\"");
        var removed = session.post(page, page + "/remove", Map.of());

        assertThat(removed.body()).contains(name + " and all their data were removed.");
        assertThat(session.get(page).statusCode()).isEqualTo(404);
    }
}
