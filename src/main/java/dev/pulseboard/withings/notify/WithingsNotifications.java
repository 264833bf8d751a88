package dev.pulseboard.withings.notify;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsInvalidParamsException;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.oauth.AuthorizedCalls;
import dev.pulseboard.withings.transport.Json;

/**
 * Notification subscriptions of one user ({@code /notify}, withings-api.md §4.9), with the user's bearer token.
 * Withings probes the callback URL with HEAD at subscribe time and answers 293 (an
 * {@link WithingsInvalidParamsException}) when it does not get a 2xx.
 */
public class WithingsNotifications {

    static final String NOTIFY = "/notify";

    private final AuthorizedCalls calls;

    public WithingsNotifications(AuthorizedCalls calls) {
        this.calls = calls;
    }

    public void subscribe(AccessTokens tokens, URI callbackUrl, Appli appli, String comment, Priority priority) {
        Map<String, String> params = params(callbackUrl, appli);
        params.put("comment", comment);
        calls.call(tokens, NOTIFY, "subscribe", params, priority, body -> body);
    }

    /** notify get: the subscription of this callback and appli. */
    public Subscription subscription(AccessTokens tokens, URI callbackUrl, Appli appli, Priority priority) {
        return calls.call(tokens, NOTIFY, "get", params(callbackUrl, appli), priority, Subscription::decode);
    }

    /** notify list: the user's subscriptions, of one appli or (null) all. */
    public List<Subscription> subscriptions(AccessTokens tokens, Appli appli, Priority priority) {
        Map<String, String> params = new LinkedHashMap<>();
        if (appli != null) {
            params.put("appli", Integer.toString(appli.code()));
        }
        return calls.call(tokens, NOTIFY, "list", params, priority,
                body -> Json.list(body, "profiles", Subscription::decode));
    }

    /** notify revoke: removes one subscription (needs the exact callback URL). */
    public void unsubscribe(AccessTokens tokens, URI callbackUrl, Appli appli, Priority priority) {
        calls.call(tokens, NOTIFY, "revoke", params(callbackUrl, appli), priority, body -> body);
    }

    /**
     * notify update: changes one subscription's callback URL, appli or comment (give at least one; the others
     * null).
     */
    public void updateSubscription(AccessTokens tokens, URI callbackUrl, Appli appli, URI newCallbackUrl,
            Appli newAppli, String comment, Priority priority) {
        if (newCallbackUrl == null && newAppli == null && comment == null) {
            throw new IllegalArgumentException("notify update needs a new callback URL, a new appli or a comment");
        }
        Map<String, String> params = params(callbackUrl, appli);
        params.put("new_callbackurl", newCallbackUrl == null ? null : newCallbackUrl.toString());
        params.put("new_appli", newAppli == null ? null : Integer.toString(newAppli.code()));
        params.put("comment", comment);
        calls.call(tokens, NOTIFY, "update", params, priority, body -> body);
    }

    private static Map<String, String> params(URI callbackUrl, Appli appli) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("callbackurl", callbackUrl.toString());
        params.put("appli", Integer.toString(appli.code()));
        return params;
    }
}
