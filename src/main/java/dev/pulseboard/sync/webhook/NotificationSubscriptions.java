package dev.pulseboard.sync.webhook;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.pulseboard.connection.ConnectionException;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.withings.notify.Appli;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsInvalidParamsException;
import dev.pulseboard.withings.notify.WithingsNotifications;

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

    NotificationSubscriptions(WithingsNotifications notifications, Connections connections, WebhookMode webhooks,
            NotificationInbox inbox) {
        this.notifications = notifications;
        this.connections = connections;
        this.webhooks = webhooks;
        this.inbox = inbox;
    }

    /** Subscribes what is missing; returns how many subscriptions were added. Never fails a sync. */
    public int ensure(MemberId member) {
        if (!webhooks.enabled()) {
            return 0;
        }
        URI callback = webhooks.callback(inbox.secret());
        try {
            var tokens = connections.accessTokens(member);
            Set<Integer> present = notifications.subscriptions(tokens, null, Priority.NOTIFICATION).stream()
                    .filter(s -> callback.toString().equals(s.callbackUrl()))
                    .map(s -> s.appli().code()).collect(Collectors.toSet());
            int added = 0;
            for (Appli appli : APPLIS) {
                if (!present.contains(appli.code())) {
                    try {
                        notifications.subscribe(tokens, callback, appli, "Pulseboard", Priority.NOTIFICATION);
                        added++;
                    } catch (WithingsInvalidParamsException refused) {
                        // 293: Withings' check of the callback failed this time; the next check tries it again.
                        log.warn("Withings refused to notify member {} of {} ({}); the others go on", member,
                                appli, refused.getMessage());
                    }
                }
            }
            return added;
        } catch (WithingsException | ConnectionException e) {
            log.warn("Could not subscribe member {} to Withings notifications: {}", member, e.getMessage());
            return 0;
        }
    }
}
