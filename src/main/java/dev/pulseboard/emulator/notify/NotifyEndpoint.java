package dev.pulseboard.emulator.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.oauth.CallbackRules;
import dev.pulseboard.emulator.oauth.SignatureVerifier;
import dev.pulseboard.emulator.oauth.TokenStore;
import dev.pulseboard.emulator.protocol.Envelope;
import dev.pulseboard.emulator.protocol.WithingsEndpoint;
import dev.pulseboard.emulator.protocol.WithingsException;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/**
 * {@code /notify}: subscribe (HEAD probe first: status 293 unless the callback answers 2xx), get, list, revoke and
 * update, per user token. Only get defaults a missing {@code appli} to 1, and only list's profiles carry
 * {@code expires} (withings-api.md §4.9). Each appli needs the scope of its data. Appli 53 belongs to the application: it is managed
 * with signed calls ({@code client_id}, {@code nonce}, {@code signature}) and no token.
 */
@RestController
@WithingsEndpoint
public class NotifyEndpoint {

    static final int NO_SUCH_SUBSCRIPTION = 343;
    /** Appli 53, "no account associated": subscribed once per application, signed, with no user token. */
    public static final int NO_ACCOUNT = 53;
    /** The user id under which application-level (appli 53) subscriptions are kept. */
    public static final String APPLICATION = "";
    private static final Map<Integer, String> APPLI_SCOPES = Map.ofEntries(Map.entry(1, "user.metrics"),
            Map.entry(2, "user.metrics"), Map.entry(4, "user.metrics"), Map.entry(16, "user.activity"),
            Map.entry(44, "user.activity"), Map.entry(46, "user.info"), Map.entry(50, "user.sleepevents"),
            Map.entry(51, "user.sleepevents"), Map.entry(52, "user.sleepevents"), Map.entry(54, "user.metrics"),
            Map.entry(55, "user.metrics"), Map.entry(58, "user.metrics"));

    private final TokenStore tokens;
    private final Subscriptions subscriptions;
    private final Notifier notifier;
    private final EmulatorProperties properties;
    private final SignatureVerifier signatures;

    NotifyEndpoint(TokenStore tokens, Subscriptions subscriptions, Notifier notifier, EmulatorProperties properties,
            SignatureVerifier signatures) {
        this.signatures = signatures;
        this.tokens = tokens;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
        this.properties = properties;
    }

    @RequestMapping(path = "/notify", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> notify(HttpServletRequest http) {
        WithingsRequest request = new WithingsRequest(http);
        String action = request.action();
        if (action == null || !Set.of("subscribe", "get", "list", "revoke", "update").contains(action)) {
            throw WithingsException.unknownAction(action);
        }
        TokenStore.Grant grant = request.accessToken() == null && request.text("signature") != null
                ? new TokenStore.Grant(signatures.verifySigned(request).clientId(), APPLICATION, "")
                : tokens.authenticate(request.accessToken(), null);
        if (action.equals("list")) {
            return Envelope.ok(Map.of("profiles", subscriptions.of(grant.clientId(), grant.userId()).stream()
                    .filter(s -> request.text("appli") == null || s.appli() == appli(request, grant, false))
                    .map(s -> profile(s, true)).toList()));
        }
        // Only get defaults a missing appli to 1 (withings-api.md §4.9); the other actions need it.
        int appli = appli(request, grant, action.equals("get"));
        String callback = request.required("callbackurl");
        return Envelope.ok(switch (action) {
            case "subscribe" -> subscribe(grant, appli, callback, request.text("comment"));
            case "get" -> profile(existing(grant, appli, callback), false);
            case "revoke" -> {
                subscriptions.remove(existing(grant, appli, callback));
                yield Map.of();
            }
            default -> update(grant, existing(grant, appli, callback), request);
        });
    }

    private Map<String, Object> subscribe(TokenStore.Grant grant, int appli, String callback, String comment) {
        String problem = CallbackRules.problem(callback, properties.strictCallbacks());
        if (problem != null || !notifier.probe(callback)) {
            throw new WithingsException(WithingsException.CALLBACK_INVALID,
                    "The callback URL is either unknown or invalid" + (problem == null ? "" : ": " + problem));
        }
        subscriptions.put(new Subscriptions.Subscription(grant.clientId(), grant.userId(), appli, callback, comment));
        return Map.of();
    }

    private Map<String, Object> update(TokenStore.Grant grant, Subscriptions.Subscription old, WithingsRequest request) {
        String newCallback = request.text("new_callbackurl");
        Long newAppli = request.optionalLong("new_appli");
        String comment = request.text("comment");
        if (newCallback == null && newAppli == null && comment == null) {
            throw WithingsException.invalidParams("one of new_callbackurl, new_appli or comment is required");
        }
        int appli = newAppli == null ? old.appli() : checkedAppli(newAppli.intValue(), grant);
        String callback = newCallback == null ? old.callbackUrl() : newCallback;
        if (newCallback != null) {
            subscribe(grant, appli, callback, comment == null ? old.comment() : comment);
        }
        subscriptions.remove(old);
        subscriptions.put(new Subscriptions.Subscription(grant.clientId(), grant.userId(), appli, callback,
                comment == null ? old.comment() : comment));
        return Map.of();
    }

    private Subscriptions.Subscription existing(TokenStore.Grant grant, int appli, String callback) {
        return subscriptions.find(grant.clientId(), grant.userId(), appli, callback).orElseThrow(
                () -> new WithingsException(NO_SUCH_SUBSCRIPTION, "No such subscription"));
    }

    private static int appli(WithingsRequest request, TokenStore.Grant grant, boolean defaultsToOne) {
        Long appli = defaultsToOne ? request.optionalLong("appli") : Long.valueOf(request.requiredLong("appli"));
        return checkedAppli(appli == null ? 1 : appli.intValue(), grant);
    }

    private static int checkedAppli(int appli, TokenStore.Grant grant) {
        boolean signed = grant.userId().equals(APPLICATION);
        if (appli == NO_ACCOUNT || signed) {
            if (appli != NO_ACCOUNT || !signed) {
                throw WithingsException.invalidParams(signed ? "a signed call without token only manages appli 53"
                        : "appli 53 is subscribed with a signed call (nonce and signature), not a user token");
            }
            return appli;
        }
        String scope = APPLI_SCOPES.get(appli);
        if (scope == null) {
            throw WithingsException.invalidParams("unknown appli " + appli);
        }
        if (!grant.hasScope(scope)) {
            throw WithingsException.insufficientScope();
        }
        return appli;
    }

    /** A subscription as list shows it ({@code expires} included) or as get does ({@code appli, callbackurl, comment}). */
    private static Map<String, Object> profile(Subscriptions.Subscription s, boolean withExpiry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("appli", s.appli());
        json.put("callbackurl", s.callbackUrl());
        if (withExpiry) {
            json.put("expires", 2147483647);
        }
        json.put("comment", s.comment());
        return json;
    }
}
