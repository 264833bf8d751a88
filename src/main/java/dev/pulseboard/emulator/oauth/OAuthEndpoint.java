package dev.pulseboard.emulator.oauth;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.notify.Subscriptions;
import dev.pulseboard.emulator.persona.Personas;
import dev.pulseboard.emulator.protocol.Envelope;
import dev.pulseboard.emulator.protocol.WithingsEndpoint;
import dev.pulseboard.emulator.protocol.WithingsException;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/**
 * {@code /v2/oauth2}: requesttoken (authorization_code and refresh_token grants, with rotation; client_secret or
 * nonce + signature), signed revoke, signed getdemoaccess (tokens for the demo persona) and signed
 * recoverauthorizationcode (partners only).
 */
@RestController
@WithingsEndpoint
class OAuthEndpoint {

    private final ClientRegistry clients;
    private final TokenStore tokens;
    private final SignatureVerifier signatures;
    private final Subscriptions subscriptions;
    private final EmulatorProperties properties;

    OAuthEndpoint(ClientRegistry clients, TokenStore tokens, SignatureVerifier signatures,
            Subscriptions subscriptions, EmulatorProperties properties) {
        this.properties = properties;
        this.clients = clients;
        this.tokens = tokens;
        this.signatures = signatures;
        this.subscriptions = subscriptions;
    }

    @RequestMapping(path = "/v2/oauth2", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> oauth2(HttpServletRequest http) {
        WithingsRequest request = new WithingsRequest(http);
        String action = request.action();
        if (action == null || !Set.of("requesttoken", "revoke", "getdemoaccess", "recoverauthorizationcode")
                .contains(action)) {
            throw WithingsException.unknownAction(action);
        }
        if (!"POST".equals(http.getMethod())) {
            // Withings: the token endpoint wants POST with the parameters in the body.
            throw WithingsException.invalidParams("invalid grant_type");
        }
        if (action.equals("requesttoken") && inQuery(http)) {
            // Withings reads the token request from the body only; parameters in the query string fail the same way
            // (withings-api.md §1, FAQ).
            throw WithingsException.invalidParams("invalid grant_type");
        }
        return Envelope.ok(switch (action) {
            case "requesttoken" -> requestToken(request);
            case "revoke" -> revoke(request);
            case "recoverauthorizationcode" -> recoverCode(request);
            default -> demoAccess(request);
        });
    }

    /** Whether the query string carries a parameter other than {@code action}. */
    private static boolean inQuery(HttpServletRequest http) {
        String query = http.getQueryString();
        return query != null && Arrays.stream(query.split("&")).map(p -> p.split("=", 2)[0])
                .anyMatch(name -> !name.isEmpty() && !name.equals("action"));
    }

    private Map<String, Object> requestToken(WithingsRequest request) {
        String grantType = request.text("grant_type");
        if (!"authorization_code".equals(grantType) && !"refresh_token".equals(grantType)) {
            throw WithingsException.invalidParams("invalid grant_type");
        }
        String clientId = request.required("client_id");
        if (request.text("client_secret") == null && request.text("signature") != null) {
            signatures.verifySigned(request);
        } else {
            clients.authenticate(clientId, request.text("client_secret"));
        }
        if ("authorization_code".equals(grantType)) {
            return tokens.exchangeCode(clientId, request.required("code"), request.required("redirect_uri"));
        }
        return tokens.refresh(clientId, request.required("refresh_token"));
    }

    private Map<String, Object> revoke(WithingsRequest request) {
        EmulatorProperties.Client client = signatures.verifySigned(request);
        String userId = request.required("userid");
        tokens.revokeUser(client.clientId(), userId);
        subscriptions.revokeUser(client.clientId(), userId);
        return Map.of();
    }

    /**
     * Signed {@code recoverauthorizationcode} (contract partners only): a fresh authorization code for a user linked
     * to the app, to exchange with requesttoken (any of the app's redirect URIs). The {@code {"user":{"code"}}} shape
     * follows a maintained client's model (M/L). Non-partners get {@code partner-only-status}, unless
     * {@code recover-code-partners-only} is off.
     */
    private Map<String, Object> recoverCode(WithingsRequest request) {
        EmulatorProperties.Client client = signatures.verifySigned(request);
        if (properties.recoverCodePartnersOnly() && !client.partner()) {
            throw new WithingsException(properties.partnerOnlyStatus(),
                    "Unauthorized: recoverauthorizationcode is for contract partners only");
        }
        String userId = request.required("userid");
        TokenStore.Grant grant = tokens.grantOf(client.clientId(), userId)
                .orElseThrow(() -> WithingsException.invalidParams("userid is not linked to this application"));
        return Map.of("user", Map.of("code", tokens.issueCode(client.clientId(), null, userId, grant.scope())));
    }

    private Map<String, Object> demoAccess(WithingsRequest request) {
        EmulatorProperties.Client client = signatures.verifySigned(request);
        String scope = request.text("scope_oauth2") == null ? "user.info,user.metrics,user.activity"
                : request.text("scope_oauth2");
        Map<String, Object> issued = tokens.issueDirect(
                new TokenStore.Grant(client.clientId(), Personas.ALL.get(0).userId(), scope));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.get("access_token"));
        body.put("refresh_token", issued.get("refresh_token"));
        body.put("expires_in", issued.get("expires_in"));
        return body;
    }
}
