package dev.pulseboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Readable;
import dev.pulseboard.support.PulseboardTest;

/**
 * Ids, counts and limits that are not numbers, overflow a long or are negative, on pages, forms and API reads: a
 * readable answer (a page, a 400 or 404 problem), never a 500 or a stack trace.
 */
@PulseboardTest
class BadNumbersIntegrationTests {

    static final List<String> NUMBERS = List.of("abc", "99999999999999999999", "-5", "0", "2147483648", "1.5", "");

    @Value("${server.port}")
    int port;

    @Test
    void noNumberMakesAPageAFormOrTheApiFail() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, "Numbers " + System.nanoTime());
        PageSession session = PageSession.signIn(port);
        List<String> failures = new ArrayList<>();
        for (String n : NUMBERS) {
            for (String path : List.of("/members/" + n, "/members/" + n + "/body", "/members/" + n + "/export",
                    "/members/" + n + "/sharing", "/members/" + member + "/ecg?strip=" + n,
                    "/members/" + member + "/export/imports/" + n)) {
                var answer = session.get(path);
                Readable.check(failures, "GET " + path, answer.statusCode(), answer.body());
            }
            for (var form : List.of(Map.entry("/household/invitations", Map.of("name", "N", "days", n)),
                    Map.entry("/members/" + member + "/sharing", Map.of("userId", n, "level", "VIEW")),
                    Map.entry("/members/" + member + "/ambiguous/" + (n.isEmpty() ? "x" : n) + "/assign",
                            Map.of("to", n)),
                    Map.entry("/household/users/" + (n.isEmpty() ? "x" : n) + "/role", Map.of("role", "MEMBER")))) {
                var answer = session.post("/household", form.getKey(), form.getValue());
                Readable.check(failures, "POST " + form.getKey() + " " + form.getValue(), answer.statusCode(),
                        answer.body());
            }
            for (String path : List.of("/api/v1/members/" + n, "/api/v1/audit?limit=" + n,
                    "/api/v1/members/" + member + "/ecg/" + n, "/api/v1/members/" + n + "/grants",
                    "/api/v1/members/" + member + "/imports/" + n)) {
                var answer = api.get(path, token);
                Readable.check(failures, "GET " + path, answer.status(), answer.body());
            }
        }
        assertThat(failures).isEmpty();
    }

    /** A form field that is not a number is the form's mistake, said on a page that names it, not a missing page. */
    @Test
    void aFormFieldThatIsNotANumberIsNamedNotANotFound() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, "Fields " + System.nanoTime());
        PageSession session = PageSession.signIn(port);
        for (var form : List.of(Map.entry("/account/tokens", Map.of("name", "ok", "days", "abc")),
                Map.entry("/account/tokens", Map.of("name", "ok", "days", "99999999999999")),
                Map.entry("/household/invitations", Map.of("name", "Eve", "role", "MEMBER", "days", "abc")),
                Map.entry("/members/" + member + "/sharing", Map.of("userId", "abc", "level", "VIEW")))) {
            var answer = session.post("/household", form.getKey(), form.getValue());
            String field = form.getValue().containsKey("userId") ? "userId" : "days";
            assertThat(answer.statusCode()).as(form.toString()).isEqualTo(400);
            assertThat(answer.body()).as(form.toString()).contains("&#39;" + field + "&#39; cannot be read", "whole number")
                    .doesNotContain("nothing at this address");
        }
    }
}
