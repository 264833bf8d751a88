package dev.pulseboard.sync.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.pulseboard.connection.ConnectionException;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.sync.SyncProperties;
import dev.pulseboard.withings.notify.Appli;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsInvalidParamsException;
import dev.pulseboard.withings.notify.WithingsNotifications;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * A member's Withings notification subscriptions: one per data type Pulseboard fetches, to this installation's
 * callback. Idempotent: the existing ones are listed first and only the missing ones subscribed, so running it
 * after every full sync repairs subscriptions that Withings dropped.
 */
@Component
public class NotificationSubscriptions {

    static final List<Appli> APPLIS = List.of(Appli.WEIGHT, Appli.TEMPERATURE, Appli.BLOOD_PRESSURE,
            Appli.ACTIVITY, Appli.SLEEP, Appli.ECG, Appli.USER);
    private static final Logger log = LoggerFactory.getLogger(NotificationSubscriptions.class);

    private final WithingsNotifications notifications;
    private final Connections connections;
    private final WebhookMode webhooks;
    private final NotificationInbox inbox;
    private final Duration retryPause;

    NotificationSubscriptions(WithingsNotifications notifications, Connections connections, WebhookMode webhooks,
            NotificationInbox inbox, SyncProperties properties) {
        this.notifications = notifications;
        this.connections = connections;
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.retryPause = properties.subscribeRetryPause();
    }

    /**
     * What a check of a member's subscriptions found: whether it could be made at all (webhooks on, Withings
     * answered), how many subscriptions it added and the data types Withings refused to notify (its check of the
     * callback failed: status 293), which a later check asks for again.
     */
    public record Check(boolean made, int added, List<Appli> refused) {

        static final Check NOT_MADE = new Check(false, 0, List.of());
    }

    /** Subscribes what is missing. Never fails a sync. */
    public Check ensure(MemberId member) {
        if (!webhooks.enabled()) {
            return Check.NOT_MADE;
        }
        URI callback = webhooks.callback(inbox.secret());
        String ours = WebhookMode.NOTIFY_PATH + inbox.secret();
        try {
            var tokens = connections.accessTokens(member);
            var listed = notifications.subscriptions(tokens, null, Priority.NOTIFICATION);
            Set<Integer> present = listed.stream().filter(s -> callback.toString().equals(s.callbackUrl()))
                    .map(s -> s.appli().code()).collect(Collectors.toSet());
            // This installation's subscriptions to an address it no longer has (its public URL or port changed):
            // moved to the new one, so that Withings neither notifies the old address nor both.
            Map<Integer, String> moved = new HashMap<>();
            listed.stream().filter(s -> s.callbackUrl() != null && s.callbackUrl().endsWith(ours)
                    && !callback.toString().equals(s.callbackUrl()))
                    .forEach(s -> moved.putIfAbsent(s.appli().code(), s.callbackUrl()));
            int added = 0;
            List<Appli> refused = new ArrayList<>();
            for (Appli appli : APPLIS) {
                if (!present.contains(appli.code())) {
                    if (moved.containsKey(appli.code()) && movedTo(member, tokens, moved.get(appli.code()), callback,
                            appli) || subscribed(member, tokens, callback, appli)) {
                        added++;
                    } else {
                        refused.add(appli);
                    }
                }
            }
            if (!refused.isEmpty()) {
                log.warn("Member {} is polled, as without webhooks, until Withings accepts to notify them of {}: "
                        + "Withings could not reach {}/withings/notify/... (it must answer HEAD with 2xx from the "
                        + "internet); their subscriptions are asked for again daily", member, refused,
                        webhooks.publicUrl());
            }
            return new Check(true, added, List.copyOf(refused));
        } catch (WithingsException | ConnectionException e) {
            log.warn("Could not subscribe member {} to Withings notifications: {}", member, e.getMessage());
            return Check.NOT_MADE;
        }
    }

    /** Moves a subscription to this installation's callback; false when Withings would not (it is subscribed anew). */
    private boolean movedTo(MemberId member, AccessTokens tokens, String old, URI callback, Appli appli) {
        try {
            notifications.updateSubscription(tokens, URI.create(old), appli, callback, null, null,
                    Priority.NOTIFICATION);
            log.info("Member {}'s {} notifications moved to this installation's new address", member, appli);
            return true;
        } catch (WithingsException | IllegalArgumentException e) {
            log.info("Member {}'s {} notifications could not be moved to the new address ({}): subscribed anew",
                    member, appli, e.getMessage());
            return false;
        }
    }

    /**
     * Subscribes; a refusal (293: Withings' check of the callback failed) is tried once more after a pause, as
     * checks made back to back fail more often (withings-api.md §5), and a refused member is polled for a day.
     */
    private boolean subscribed(MemberId member, AccessTokens tokens, URI callback, Appli appli) {
        for (int attempt = 1; ; attempt++) {
            try {
                notifications.subscribe(tokens, callback, appli, "Pulseboard", Priority.NOTIFICATION);
                return true;
            } catch (WithingsInvalidParamsException e) {
                log.warn("Withings refused to notify member {} of {} ({}){}", member, appli, e.getMessage(),
                        attempt == 1 ? "; asking once more in " + retryPause.toMillis() + " ms" : "; the others go on");
                if (attempt > 1 || !paused()) {
                    return false;
                }
            }
        }
    }

    private boolean paused() {
        try {
            Thread.sleep(retryPause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
