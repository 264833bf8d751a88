package dev.pulseboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * A page's answers to the browser. The pages run no inline script, so the Content-Security-Policy can forbid it: a script that found its way into a
 * page (a name, a file name) would not run. And they tell the browser to keep their address to themselves and to
 * refuse the camera, the microphone and the location to anything on them.
 */
@PulseboardTest
@ExtendWith(OutputCaptureExtension.class)
class PageHeadersIntegrationTests {

    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);

    @Value("${server.port}")
    int port;

    @Test
    void aPageQueryThatCannotBeDecodedIsAReadable400AndNoErrorInTheLog(CapturedOutput output) throws IOException {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, Household.named("Query"));
        String session = "Cookie: SESSION=" + PageSession.signIn(port).cookie("SESSION") + "\r\n";
        // Sent as typed: Java's URI refuses to make such an address. Every kind of page, the callback Withings sends
        // the browser to and the export API.
        for (String path : List.of("/members/" + member + "/body?from=%zz", "/members/" + member
                + "/export/download?format=%zz", "/withings/callback?code=%zz")) {
            assertThat(raw("GET " + path, session + "Accept: text/html\r\n")).as(path).startsWith("HTTP/1.1 400")
                    .contains("text/html").contains("The query of this address cannot be read");
        }
        assertThat(raw("GET /api/v1/members/" + member + "/export?format=%zz", "Authorization: Bearer " + token
                + "\r\n")).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("The query of this address cannot be read");
        assertThat(output.getOut()).as("the address's mistake, not the server's")
                .doesNotContain("Character decoding failed", "DecodeException", "Export request failed");
    }

    /** {@code /members/3/}, typed or pasted with a slash at the end, leads to the page; the API stays exact. */
    @Test
    void aPageAddressWithASlashAtTheEndLeadsToThePage() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, Household.named("Slash"));
        PageSession session = PageSession.signIn(port);
        var once = session.getOnce("/members/" + member + "/body/?range=30d");
        assertThat(once.statusCode()).isEqualTo(308);
        assertThat(once.headers().firstValue("Location").orElseThrow()).endsWith("/members/" + member
                + "/body?range=30d");
        for (String path : List.of("/members/" + member + "/", "/household/", "/settings/")) {
            assertThat(session.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/members/" + member + "/", token).status()).isEqualTo(404);
    }

    private String raw(String requestLine, String headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

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
