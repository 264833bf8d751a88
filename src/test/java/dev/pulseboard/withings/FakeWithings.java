package dev.pulseboard.withings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for Withings in client tests: records what was sent and answers each
 * "path action" with the next queued reply (the last one repeats). Not the emulator: just canned answers.
 */
public final class FakeWithings implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String method, String path, String authorization, String contentType, Map<String, String> form) {

        public String action() {
            return form.get("action");
        }
    }

    /** A canned reply: an HTTP status and a body. */
    record Reply(int httpStatus, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newCachedThreadPool();

    public FakeWithings() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/base");
    }

    /** Queues a fixture (a file under src/test/resources/withings) as the answer to {@code path action}. */
    public FakeWithings reply(String path, String action, String fixture) {
        return replyRaw(path, action, 200, Fixtures.read(fixture));
    }

    public FakeWithings replyRaw(String path, String action, int httpStatus, String body) {
        replies.computeIfAbsent(path + " " + action, key -> new ArrayDeque<>()).add(new Reply(httpStatus, body));
        return this;
    }

    /** Answers {@code path action} only when the server closes, so the client's timeout fires first. */
    public FakeWithings hang(String path, String action) {
        return replyRaw(path, action, 0, null);
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public Request onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests);
        }
        return requests.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Map<String, String> form = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            String path = exchange.getRequestURI().getPath().replaceFirst("^/base", "");
            requests.add(new Request(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), form));
            Deque<Reply> queue = replies.get(path + " " + form.get("action"));
            Reply reply = queue == null ? new Reply(200, "{\"status\":2554,\"body\":{}}")
                    : queue.size() > 1 ? queue.poll() : queue.peek();
            if (reply.body() == null) {
                awaitClose();
                return;
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.httpStatus(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
