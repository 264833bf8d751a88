package dev.pulseboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/** An archive over {@code pulseboard.export.max-upload-size} is refused as problem+json (a context with a 1 KB limit). */
@PulseboardTest
@TestPropertySource(properties = { "pulseboard.test.context=small-uploads", "pulseboard.export.max-upload-size=1KB" })
@DirtiesContext
class UploadLimitIntegrationTests {

    @Value("${server.port}")
    int port;

    @Test
    void anArchiveOverTheLimitIsRefusedWith413() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, "Big archive");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[4096]);
        body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));

        var answer = api.send("POST", "/api/v1/members/" + member + "/imports", token,
                "multipart/form-data; boundary=b", body.toByteArray());

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains("larger than this server takes");
    }
}
