package dev.pulseboard.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.emulator.oauth.ConsentController;
import dev.pulseboard.emulator.oauth.SignatureVerifier;

/** A plain HTTP client for the emulator on a real port, with the OAuth dance as a script would do it. */
public final class EmulatorTestClient {

    public static final String CLIENT_ID = "test-app";
    public static final String CLIENT_SECRET = "test-secret";
    public static final String REDIRECT_URI = "https://app.example.com/withings/callback";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public EmulatorTestClient(int port, String basePath) {
        this.base = "http://localhost:" + port + basePath;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
    }

    public HttpResponse<String> send(String method, String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return sendJson("POST", path, json);
    }

    public HttpResponse<String> sendJson(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A Withings call with the token in the Authorization header; answers the parsed envelope. */
    public JsonNode call(String path, String token, Map<String, String> params) {
        return json(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))));
    }

    public JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Submits the consent form for a persona and answers the code from the redirect. */
    public String authorize(String persona, String scope) {
        Map<String, String> form = authorizeQuery(scope);
        form.put("persona", persona);
        form.put("decision", "allow");
        String location = post(ConsentController.PATH, form).headers().firstValue("Location").orElseThrow();
        return location.replaceAll(".*[?&]code=([0-9a-f]+).*", "$1");
    }

    public Map<String, String> authorizeQuery(String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("response_type", "code");
        form.put("client_id", CLIENT_ID);
        form.put("scope", scope);
        form.put("redirect_uri", REDIRECT_URI);
        form.put("state", "st-1");
        return form;
    }

    public JsonNode exchange(String code) {
        return json(post("/v2/oauth2", Map.of("action", "requesttoken", "grant_type", "authorization_code",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "code", code, "redirect_uri", REDIRECT_URI)));
    }

    public JsonNode refresh(String refreshToken) {
        return json(post("/v2/oauth2", Map.of("action", "requesttoken", "grant_type", "refresh_token",
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "refresh_token", refreshToken)));
    }

    /** The access token of a fresh link to the persona with all scopes. */
    public String accessToken(String persona) {
        return exchange(authorize(persona, "user.info,user.metrics,user.activity,user.sleepevents"))
                .at("/body/access_token").asString();
    }

    /** A nonce from {@code getnonce}, signed with the client's secret at {@code timestamp}. */
    public String nonce(String clientId, String secret, long timestamp) {
        String time = String.valueOf(timestamp);
        return json(post("/v2/signature", Map.of("action", "getnonce", "client_id", clientId, "timestamp", time,
                "signature", SignatureVerifier.sign(secret, "getnonce", clientId, time)))).at("/body/nonce").asString();
    }

    /** A signed call: {@code action}, {@code client_id}, {@code nonce} and their signature, plus {@code extra}. */
    public JsonNode signed(String path, String action, String clientId, String secret, String nonce,
            Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>(extra);
        form.put("action", action);
        form.put("client_id", clientId);
        form.put("nonce", nonce);
        form.put("signature", SignatureVerifier.sign(secret, action, clientId, nonce));
        return json(post(path, form));
    }

    public static String form(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
