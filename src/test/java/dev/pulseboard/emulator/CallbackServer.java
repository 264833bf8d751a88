package dev.pulseboard.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpServer;

/** A partner app's webhook endpoint on a local port: records every call and answers scripted statuses. */
public final class CallbackServer implements AutoCloseable {

    public record Call(String method, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Queue<Integer> scripted = new ConcurrentLinkedQueue<>();
    private volatile int headStatus = 200;
    private volatile int postStatus = 200;

    public CallbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            calls.add(new Call(method, exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Integer next = method.equals("HEAD") ? null : scripted.poll();
            int status = method.equals("HEAD") ? headStatus : next != null ? next : postStatus;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/withings/webhook";
    }

    public CallbackServer answeringHead(int status) {
        headStatus = status;
        return this;
    }

    /** The next POSTs answer these statuses, in order; later ones answer 200. */
    public CallbackServer answeringPosts(Integer... statuses) {
        scripted.addAll(List.of(statuses));
        return this;
    }

    public List<Call> posts() {
        return calls.stream().filter(c -> c.method().equals("POST")).toList();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Polls until the condition holds or the deadline passes; answers whether it held. */
    public static boolean await(BooleanSupplier condition, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(20_000_000L);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
