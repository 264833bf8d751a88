package dev.pulseboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.PulseboardTest;

/**
 * A browser or a reverse proxy keeps its connection for many requests: below a 1 GiB heap Tomcat caches no connection
 * buffers, so with its default of 100 requests a connection, a loaded server made a new connection (and its buffers,
 * which aged into the old generation) every 100 requests (BENCHMARKS, issue 18).
 */
@PulseboardTest
class ConnectionReuseIntegrationTests {

    private static final int REQUESTS = 300;

    @Value("${server.port}")
    int port;

    @Test
    void oneConnectionCarriesHundredsOfRequests() throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(20).toMillis());
            OutputStream out = socket.getOutputStream();
            byte[] request = "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < REQUESTS; i++) {
                out.write(request);
            }
            out.flush();

            String answers = readAnswers(socket.getInputStream(), REQUESTS);

            assertThat(count(answers, "HTTP/1.1 200 ")).isEqualTo(REQUESTS);
            assertThat(answers).doesNotContainIgnoringCase("connection: close");
        }
    }

    /** Reads until {@code expected} status lines came or the server closed the connection. */
    private static String readAnswers(InputStream in, int expected) throws IOException {
        var read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (count(read.toString(StandardCharsets.US_ASCII), "HTTP/1.1 ") < expected && (n = in.read(buffer)) != -1) {
            read.write(buffer, 0, n);
        }
        return read.toString(StandardCharsets.US_ASCII);
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            found++;
        }
        return found;
    }
}
