package dev.pulseboard.emulator;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v2/oauth2}: requesttoken (authorization_code and refresh_token grants, with rotation). */
@RestController
@WithingsEndpoint
class OAuthEndpoint {

    private final ClientRegistry clients;
    private final TokenStore tokens;

    OAuthEndpoint(ClientRegistry clients, TokenStore tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    @RequestMapping(path = "/v2/oauth2", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> oauth2(HttpServletRequest http) {
        WithingsRequest request = new WithingsRequest(http);
        String action = request.action();
        if (!"requesttoken".equals(action)) {
            throw WithingsException.unknownAction(action);
        }
        if (!"POST".equals(http.getMethod())) {
            // Withings: the token endpoint wants POST with the parameters in the body.
            throw WithingsException.invalidParams("invalid grant_type");
        }
        return Envelope.ok(requestToken(request));
    }

    private Map<String, Object> requestToken(WithingsRequest request) {
        String grantType = request.text("grant_type");
        if (!"authorization_code".equals(grantType) && !"refresh_token".equals(grantType)) {
            throw WithingsException.invalidParams("invalid grant_type");
        }
        String clientId = request.required("client_id");
        clients.authenticate(clientId, request.text("client_secret"));
        if ("authorization_code".equals(grantType)) {
            return tokens.exchangeCode(clientId, request.required("code"), request.required("redirect_uri"));
        }
        return tokens.refresh(clientId, request.required("refresh_token"));
    }
}
