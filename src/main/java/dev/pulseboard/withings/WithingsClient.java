package dev.pulseboard.withings;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Typed Withings data endpoints. Every call takes the user's {@link AccessTokens} and a {@link Priority} for the
 * app-wide rate budget. When Withings rejects the access token (status 401) the client asks
 * {@link AccessTokens#renewAfterRejection} once and retries once; a second rejection, or a failed refresh,
 * surfaces as {@link WithingsAuthenticationException} (reconnect needed). Paged endpoints come as one-page and
 * all-pages methods.
 */
public class WithingsClient {

    static final String MEASURE = "/measure";

    private final WithingsTransport transport;
    private final WithingsProperties properties;

    WithingsClient(WithingsTransport transport, WithingsProperties properties) {
        this.transport = transport;
        this.properties = properties;
    }

    /** One getmeas page starting at {@code offset} (0 for the first). */
    public MeasurePage measures(AccessTokens tokens, MeasureQuery query, int offset, Priority priority) {
        return call(tokens, MEASURE, "getmeas", query.params(offset), priority, MeasureDecoder::page);
    }

    /** Every getmeas group of the query, following {@code more}/{@code offset} to the last page. */
    public List<MeasureGroup> allMeasures(AccessTokens tokens, MeasureQuery query, Priority priority) {
        return Page.all(offset -> measures(tokens, query, offset, priority), properties.maxPages(),
                MEASURE + " getmeas");
    }

    /** Calls with the current token; on status 401 renews the token once and retries once. */
    <T> T call(AccessTokens tokens, String path, String action, Map<String, String> params, Priority priority,
            Function<JsonNode, T> decoder) {
        String token = tokens.current();
        JsonNode body;
        try {
            body = transport.call(path, action, params, token, priority);
        } catch (WithingsAuthenticationException e) {
            if (e.status() != WithingsStatus.INVALID_TOKEN) {
                throw e;
            }
            body = transport.call(path, action, params, tokens.renewAfterRejection(token), priority);
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
