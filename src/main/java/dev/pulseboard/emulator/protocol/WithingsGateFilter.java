package dev.pulseboard.emulator.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.ClientAbortException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.admin.Fault;
import dev.pulseboard.emulator.oauth.ConsentController;
import dev.pulseboard.emulator.oauth.TokenStore;

/**
 * Runs in front of the emulator's Withings endpoints: counts requests, enforces the per-client rate limit (status
 * 601), answers methods other than GET and POST, and a service Withings does not have, with status 2554 in the
 * envelope (HTTP 200, as Withings answers every call: withings-api.md §7), and plays injected faults. Other paths
 * pass through untouched.
 */
@Component
public class WithingsGateFilter extends OncePerRequestFilter {

    public static final String STUCK_OFFSET_ATTRIBUTE = WithingsGateFilter.class.getName() + ".stuckOffset";
    private static final Set<String> API_PATHS = Set.of("/measure", "/v2/measure", "/v2/sleep", "/v2/heart",
            "/v2/user", "/notify", "/v2/oauth2", "/v2/signature");
    /** The methods the API paths serve (HEAD as GET); any other gets an envelope, not Spring's 405. */
    private static final Set<String> ANSWERED_METHODS = Set.of("GET", "POST", "HEAD");
    /** The first path segments the emulator serves besides Withings' services (its own pages and the server's). */
    private static final Set<String> OWN_SEGMENTS = Set.of("", "_admin", "oauth2_user", "actuator", "error");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestGate gate;
    private final TokenStore tokens;
    private final EmulatorProperties properties;
    /** Whether the emulator has the whole server (alone, or under a base path of its own) or shares its root. */
    private final boolean ownsItsRoot;

    WithingsGateFilter(RequestGate gate, TokenStore tokens, EmulatorProperties properties,
            @Value("${pulseboard.mode:app}") String mode) {
        this.gate = gate;
        this.tokens = tokens;
        this.properties = properties;
        // "--pulseboard.mode=emulator": the emulator alone (EmulatorApplication).
        this.ownsItsRoot = !properties.basePath().isEmpty() || "emulator".equalsIgnoreCase(mode);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return path(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        WithingsRequest withings = new WithingsRequest(request);
        String action = withings.action();
        gate.count(path, action);
        if (!API_PATHS.contains(path) && !path.equals(ConsentController.PATH)) {
            write(response, 200, Envelope.error(WithingsException.NOT_IMPLEMENTED,
                    "Not implemented: unknown service " + path));
            return;
        }
        if (!API_PATHS.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        String token = withings.accessToken();
        String clientId = token != null ? tokens.clientOf(token) : withings.text("client_id");
        if (!gate.admit(clientId)) {
            write(response, 200, Envelope.error(WithingsException.TOO_MANY_REQUESTS, "Too many requests"));
            return;
        }
        if (!ANSWERED_METHODS.contains(request.getMethod())) {
            // Every answer is an envelope with HTTP 200 (withings-api.md §1), also to a method the API has no use for.
            write(response, 200, Envelope.error(WithingsException.NOT_IMPLEMENTED,
                    "Not implemented: method " + request.getMethod()));
            return;
        }
        Optional<Fault> fault = gate.fault(path, action);
        if (fault.isPresent() && play(fault.get(), request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }

    /** Plays a fault; true when the response is complete, false when the request should go on. */
    private boolean play(Fault fault, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"delay".equals(fault.type()) && fault.delayMs() > 0) {
            // A failure after a wait, as a gateway gives up: a test can have a call fail while something else happens.
            pause(fault.delayMs());
        }
        switch (fault.type()) {
            case "status" -> write(response, 200, Envelope.error(fault.status(), "Injected fault"));
            case "http" -> {
                response.setStatus(fault.status());
                response.setContentType("text/html");
                response.getOutputStream().write("<html><body>Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8));
            }
            case "malformed" -> {
                response.setContentType("application/json");
                response.getOutputStream().write("{\"status\":0,\"body\":{\"measuregrps\":[{\"grpid\":"
                        .getBytes(StandardCharsets.UTF_8));
            }
            case "reset" -> {
                response.setContentType("application/json");
                response.setContentLength(4096);
                response.getOutputStream().write("{\"status\":0,".getBytes(StandardCharsets.UTF_8));
                response.flushBuffer();
                // Tomcat treats a client abort quietly (no error log) and drops the connection mid-body.
                throw new ClientAbortException("Injected connection reset");
            }
            case "delay" -> {
                pause(fault.delayMs());
                return false;
            }
            default -> {
                request.setAttribute(STUCK_OFFSET_ATTRIBUTE, Boolean.TRUE);
                return false;
            }
        }
        return true;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String base = properties.basePath();
        if (!uri.startsWith(base)) {
            return null;
        }
        String rest = uri.substring(base.length());
        return API_PATHS.contains(rest) || rest.equals(ConsentController.PATH) || unknownService(rest) ? rest : null;
    }

    /**
     * A path Withings would read as a service it does not have: under {@code /v2/}, or a single segment that is not
     * the emulator's own (such as {@code /measures}); a file name (with a dot) is left to the server.
     */
    private boolean unknownService(String rest) {
        if (rest.startsWith("/v2/")) {
            return true;
        }
        int next = rest.indexOf('/', 1);
        String segment = rest.isEmpty() ? "" : rest.substring(1, next < 0 ? rest.length() : next);
        return ownsItsRoot && next < 0 && !OWN_SEGMENTS.contains(segment) && !segment.contains(".");
    }

    private static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
