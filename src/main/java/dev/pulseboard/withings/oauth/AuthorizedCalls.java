package dev.pulseboard.withings.oauth;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsProtocolException;
import dev.pulseboard.withings.transport.WithingsStatus;
import dev.pulseboard.withings.transport.WithingsTransport;

/**
 * Bearer-token calls: uses the user's current token, asked for once the rate budget lets the call go, so a token
 * that runs out while the call waits for the budget is renewed before the call instead of being sent and refused;
 * when Withings answers status 401 all the same it asks for a renewed token once and retries once. A second 401, or a failed renewal, surfaces as {@link WithingsAuthenticationException}.
 * Decoding failures become {@link WithingsProtocolException}.
 */
public final class AuthorizedCalls {

    private static final Logger log = LoggerFactory.getLogger(AuthorizedCalls.class);

    private final WithingsTransport transport;

    public AuthorizedCalls(WithingsTransport transport) {
        this.transport = transport;
    }

    public <T> T call(AccessTokens tokens, String path, String action, Map<String, String> params, Priority priority,
            Function<JsonNode, T> decoder) {
        // The token sent, kept for a renewal after a refusal (none when no token could be given).
        AtomicReference<String> sent = new AtomicReference<>();
        JsonNode body;
        try {
            body = transport.callWithToken(path, action, params, () -> {
                sent.set(null);
                String token = tokens.current();
                if (token == null || token.isBlank()) {
                    throw new WithingsAuthenticationException(path + " " + action, 0,
                            "no access token: reconnect needed");
                }
                sent.set(token);
                return token;
            }, priority);
        } catch (WithingsAuthenticationException e) {
            if (e.status() != WithingsStatus.INVALID_TOKEN || sent.get() == null) {
                throw e;
            }
            log.info("Withings refused the access token for {} {} before its expiry; renewing it and retrying once",
                    path, action);
            String renewed = tokens.renewAfterRejection(sent.get());
            body = transport.callWithToken(path, action, params, () -> renewed, priority);
        }
        try {
            return decoder.apply(body);
        } catch (WithingsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new WithingsProtocolException(path + " " + action, 0, "could not decode the answer: " + e, e);
        }
    }
}
