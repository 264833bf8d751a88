package dev.pulseboard.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone calling Pulseboard, as a test sees them: a personal access token for the API and a signed-in page session
 * (cookies and a CSRF token) for pages, or neither for an anonymous caller. Redirects are not followed, so a test
 * sees the status each route answers.
 */
public final class Actor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String name;
    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String csrf;

    private Actor(String name, int port, String token) {
        this.name = name;
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** Nobody signed in (a CSRF token from the sign-in page, so that page posts reach the authorization check). */
    public static Actor anonymous(int port) {
        Actor actor = new Actor("anonymous", port, null);
        actor.csrf = actor.csrfOf("/login");
        return actor;
    }

    /** Signs in on the form with e-mail and password; {@code token} is the actor's API token. */
    public static Actor signedIn(String name, int port, String email, String password, String token) {
        Actor actor = new Actor(name, port, token);
        String formToken = actor.csrfOf("/login");
        var answer = actor.send(HttpRequest.newBuilder(URI.create(actor.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password=" + enc(password)
                        + "&_csrf=" + enc(formToken))));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(name + " could not sign in: " + answer.statusCode() + " " + location);
        }
        actor.csrf = actor.csrfOf("/account/password");
        return actor;
    }

    public String name() {
        return name;
    }

    public boolean isAnonymous() {
        return token == null;
    }

    /** An API call with the actor's bearer token (none when anonymous). */
    public HttpResponse<String> api(String method, String path, String json) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        var body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, body));
    }

    /** A multipart upload of one file (field {@code file}) to the API, or to a page with the session's CSRF token. */
    public HttpResponse<String> upload(String path, boolean page, String filename, byte[] content) {
        String boundary = "----pulseboard" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        if (page) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(filename).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + tail.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(tail, 0, body, start.length + content.length, tail.length);
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", page ? "text/html" : "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (!page && token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A page request in the actor's session; a POST carries the session's CSRF token. */
    public HttpResponse<String> page(String method, String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if ("GET".equals(method)) {
            return send(builder.GET());
        }
        return send(builder.header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf))));
    }

    /** A page form posted in the actor's session, with its CSRF token. */
    public HttpResponse<String> form(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("_csrf=" + enc(csrf));
        fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private String csrfOf(String path) {
        var page = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path + " for " + name + " (" + page.statusCode() + ")");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name;
    }
}
