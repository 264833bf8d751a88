package dev.pulseboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * The pages run no inline script, so the Content-Security-Policy can forbid it: a script that found its way into a
 * page (a name, a file name) would not run. And they tell the browser to keep their address to themselves and to
 * refuse the camera, the microphone and the location to anything on them.
 */
@PulseboardTest
class PageHeadersIntegrationTests {

    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);

    @Value("${server.port}")
    int port;

    @Test
    void pagesForbidInlineScriptAndHaveNone() {
        Api api = new Api(port);
        long member = Household.addMember(api, Household.token(api), Household.named("Headers"));
        PageSession session = PageSession.signIn(port);
        for (String path : List.of("/", "/household", "/settings", "/account/tokens", "/audit", "/members/" + member,
                "/members/" + member + "/sharing", "/members/" + member + "/export", "/account/password")) {
            var page = session.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("script-src 'self';").doesNotContain("'unsafe-inline'; frame")
                    .contains("object-src 'none'", "frame-ancestors 'none'");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy").orElse("")).as(path).contains("camera=()");
            assertThat(INLINE_HANDLER.matcher(page.body()).find()).as(path + ": an inline event handler").isFalse();
            assertThat(INLINE_SCRIPT.matcher(page.body()).find()).as(path + ": an inline script").isFalse();
        }
    }
}
