package dev.pulseboard.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in browser session without a browser: cookies, the login form and its CSRF token, for page tests. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private PageSession(String host, int port, HttpClient http) {
        this.base = "http://" + host + ":" + port;
        this.http = http;
    }

    private PageSession(int port, HttpClient http) {
        this("localhost", port, http);
    }

    private PageSession(String host, int port) {
        this(host, port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    private PageSession(int port) {
        this("localhost", port);
    }

    /** The same browser (its cookies, so its session) talking to another server on this host. */
    public PageSession at(int otherPort) {
        return new PageSession(otherPort, http);
    }

    /** The value of this browser's cookie {@code name} for the server, or null. */
    public String cookie(String name) {
        var store = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore();
        return store.getCookies().stream().filter(c -> c.getName().equals(name)).map(c -> c.getValue()).findFirst()
                .orElse(null);
    }

    /** A browser session that has not signed in. */
    public static PageSession anonymous(int port) {
        return new PageSession(port);
    }

    /** A GET that does not follow a redirect (the answer is the redirect itself), with this session's cookies. */
    public HttpResponse<String> getOnce(String path) {
        HttpClient once = HttpClient.newBuilder().cookieHandler(http.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return send(once, HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Accept", "text/html").GET());
    }

    /** A request of any method ({@code HEAD}, say) with no body, not following a redirect. */
    public HttpResponse<String> send(String method, String path) {
        HttpClient once = HttpClient.newBuilder().cookieHandler(http.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return send(once, HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A GET as the program named by {@code userAgent} makes it (a chat's link preview, say), not following a redirect. */
    public HttpResponse<String> getAs(String path, String userAgent) {
        HttpClient once = HttpClient.newBuilder().cookieHandler(http.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return send(once, HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", userAgent).GET());
    }

    /** Signs in as the test household's administrator (setting it up first if needed). */
    public static PageSession signIn(int port) {
        Household.token(new Api(port));
        return signIn(port, Household.EMAIL, Household.PASSWORD);
    }

    /** Signs in with the sign-in form as this login. */
    public static PageSession signIn(int port, String email, String password) {
        return signIn(new PageSession(port), email, password);
    }

    /** Signs in as the test household's administrator at another name of this machine ("127.0.0.1"). */
    public static PageSession signInAt(String host, int port) {
        Household.token(new Api(port));
        return signIn(new PageSession(host, port), Household.EMAIL, Household.PASSWORD);
    }

    private static PageSession signIn(PageSession session, String email, String password) {
        String form = session.get("/login").body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        var answer = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password="
                        + enc(password) + "&_csrf=" + enc(csrf.group(1)))));
        if (answer.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in failed");
        }
        return session;
    }

    /** Posts a form as the page at {@code formPage} would, with that page's CSRF token; follows the redirect. */
    public HttpResponse<String> post(String formPage, String path, Map<String, String> form) {
        return post(formPage, path, List.copyOf(form.entrySet()));
    }

    /** {@link #post(String, String, Map)} with fields that may repeat (the boxes ticked of a list, say). */
    public HttpResponse<String> post(String formPage, String path, List<Map.Entry<String, String>> form) {
        Matcher csrf = CSRF.matcher(get(formPage).body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        StringBuilder body = new StringBuilder("_csrf=" + enc(csrf.group(1)));
        form.forEach(field -> body.append('&').append(enc(field.getKey())).append('=').append(enc(field.getValue())));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Uploads a file as the page at {@code formPage} would (multipart, with that page's CSRF token); follows the redirect. */
    public HttpResponse<String> upload(String formPage, String path, String field, String fileName, byte[] content) {
        Matcher csrf = CSRF.matcher(get(formPage).body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        String boundary = "pulseboard-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts an empty form without a CSRF token, as a form left open across a sign-out would. */
    public HttpResponse<String> postWithoutCsrf(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
}
