package dev.pulseboard.emulator.endpoint;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.oauth.TokenStore;
import dev.pulseboard.emulator.persona.PersonaStore;
import dev.pulseboard.emulator.persona.UserView;
import dev.pulseboard.emulator.protocol.WithingsException;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/**
 * The common start of every user-data call: a known action (else 2554), a live token with the scope (else 401),
 * and the user's data.
 */
@Component
class DataCall {

    /** An authenticated call. */
    record Context(WithingsRequest request, String action, TokenStore.Grant grant, UserView user) {
    }

    private final TokenStore tokens;
    private final PersonaStore personas;

    DataCall(TokenStore tokens, PersonaStore personas) {
        this.tokens = tokens;
        this.personas = personas;
    }

    Context open(HttpServletRequest http, Set<String> actions, String scope) {
        WithingsRequest request = new WithingsRequest(http);
        String action = request.action();
        if (action == null || !actions.contains(action)) {
            throw WithingsException.unknownAction(action);
        }
        TokenStore.Grant grant = tokens.authenticate(request.accessToken(), scope);
        return new Context(request, action, grant, personas.view(grant.userId()));
    }
}
