package dev.pulseboard.emulator.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One notification and its tries, as {@code _admin/deliveries} shows it. Status -1 = no answer (timeout, refused). */
public final class Delivery {

    public enum State { PENDING, DELIVERED, FAILED }

    public record Attempt(Instant at, int status) {
    }

    private final long id;
    private final Subscriptions.Subscription subscription;
    private final String body;
    private final List<Attempt> attempts = new ArrayList<>();
    private volatile State state = State.PENDING;

    Delivery(long id, Subscriptions.Subscription subscription, String body) {
        this.id = id;
        this.subscription = subscription;
        this.body = body;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public long id() {
        return id;
    }

    public Subscriptions.Subscription subscription() {
        return subscription;
    }

    public String body() {
        return body;
    }

    public State state() {
        return state;
    }

    synchronized void record(Instant at, int status) {
        attempts.add(new Attempt(at, status));
    }

    void finish(State finalState) {
        state = finalState;
    }

    public synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("clientId", subscription.clientId());
        json.put("userId", subscription.userId());
        json.put("appli", subscription.appli());
        json.put("callbackUrl", subscription.callbackUrl());
        json.put("body", body);
        json.put("state", state.name());
        json.put("attempts", attempts().stream()
                .map(a -> Map.of("at", a.at().getEpochSecond(), "status", a.status())).toList());
        return json;
    }
}
