package dev.pulseboard.emulator.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.pulseboard.emulator.persona.Persona;
import dev.pulseboard.emulator.persona.PersonaStore;
import dev.pulseboard.emulator.persona.Personas;

/**
 * {@code /oauth2_user/authorize2}: the consent page (choose a persona, Allow or Deny) and its form POST, which
 * redirects to {@code redirect_uri?code=..&state=..} or {@code ?error=access_denied&state=..}. An unknown client gets
 * an error page, an unregistered redirect URI Withings' JSON {@code errors}; neither is redirected.
 */
@Controller
public class ConsentController {

    public static final String PATH = "/oauth2_user/authorize2";
    public static final Set<String> SCOPES = Set.of("user.info", "user.metrics", "user.activity", "user.sleepevents");
    private static final List<String> FORWARDED = List.of("response_type", "client_id", "scope", "redirect_uri",
            "state", "mode");

    private static final String REDIRECT_URI_MISMATCH = "redirect_uri_mismatch";

    private final ClientRegistry clients;
    private final TokenStore tokens;
    private final PersonaStore personas;

    ConsentController(ClientRegistry clients, TokenStore tokens, PersonaStore personas) {
        this.clients = clients;
        this.tokens = tokens;
        this.personas = personas;
    }

    @GetMapping(PATH)
    Object consent(HttpServletRequest http, HttpServletResponse response, Model model) {
        String problem = problem(http);
        if (problem != null) {
            return error(response, model, problem);
        }
        boolean demo = "demo".equals(http.getParameter("mode"));
        Map<String, String> hidden = new LinkedHashMap<>();
        FORWARDED.forEach(name -> {
            if (http.getParameter(name) != null) {
                hidden.put(name, http.getParameter(name));
            }
        });
        model.addAttribute("action", http.getRequestURI());
        model.addAttribute("clientId", http.getParameter("client_id"));
        model.addAttribute("scopes", scopes(http.getParameter("scope")));
        model.addAttribute("personas", demo ? Personas.ALL.subList(0, 1) : personas.all());
        model.addAttribute("hidden", hidden);
        model.addAttribute("demo", demo);
        return "emulator/consent";
    }

    @PostMapping(PATH)
    Object decide(HttpServletRequest http, HttpServletResponse response, Model model,
            @RequestParam(name = "persona", required = false) String personaId,
            @RequestParam(name = "decision", required = false) String decision) {
        String problem = problem(http);
        if (problem != null) {
            return error(response, model, problem);
        }
        String redirectUri = http.getParameter("redirect_uri");
        String state = http.getParameter("state");
        if ("deny".equals(decision)) {
            return "redirect:" + withQuery(redirectUri, "error", "access_denied", "state", state);
        }
        boolean demo = "demo".equals(http.getParameter("mode"));
        Persona persona = demo ? Personas.ALL.get(0)
                : personaId == null ? null : personas.byId(personaId).orElse(null);
        if (!"allow".equals(decision) || persona == null) {
            return error(response, model, "Choose a persona and Allow or Deny.");
        }
        String code = tokens.issueCode(http.getParameter("client_id"), redirectUri, persona.userId(),
                String.join(",", scopes(http.getParameter("scope"))));
        return "redirect:" + withQuery(redirectUri, "code", code, "state", state);
    }

    private String problem(HttpServletRequest http) {
        String clientId = http.getParameter("client_id");
        if (clients.find(clientId).isEmpty()) {
            return "invalid_client: unknown client_id";
        }
        if (!clients.allowsRedirect(clientId, http.getParameter("redirect_uri"))) {
            return REDIRECT_URI_MISMATCH + ": the redirect_uri is not a registered callback URL of this app";
        }
        if (!"code".equals(http.getParameter("response_type"))) {
            return "unsupported_response_type: response_type must be code";
        }
        if (http.getParameter("state") == null || http.getParameter("state").isEmpty()) {
            return "invalid_request: state is required";
        }
        List<String> scopes = scopes(http.getParameter("scope"));
        if (scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
            return "invalid_scope: scope must be a comma-separated list of " + String.join(", ", SCOPES);
        }
        return null;
    }

    private static List<String> scopes(String scope) {
        return scope == null ? List.of()
                : Arrays.stream(scope.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /**
     * The refusal: a redirect URI that is not the app's is answered as Withings does, with its JSON
     * {@code {"errors":[{"message":"redirect_uri_mismatch: ..."}]}} (withings-api.md §2); the others with a page.
     */
    private static Object error(HttpServletResponse response, Model model, String message) {
        if (message.startsWith(REDIRECT_URI_MISMATCH)) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("errors", List.of(Map.of("message", message))));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", message);
        return "emulator/error";
    }

    private static String withQuery(String uri, String k1, String v1, String k2, String v2) {
        return uri + (uri.contains("?") ? "&" : "?") + k1 + "=" + encode(v1) + "&" + k2 + "=" + encode(v2);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
