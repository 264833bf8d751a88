package dev.pulseboard.emulator.notify;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Notification subscriptions, per client, user, appli and callback URL. A subscription is dropped after
 * {@value #MAX_CONSECUTIVE_FAILURES} consecutive failed notifications (Withings' older documentation; the stricter
 * reading of an uncertain fact).
 */
@Component
public class Subscriptions {

    static final int MAX_CONSECUTIVE_FAILURES = 4;

    public record Subscription(String clientId, String userId, int appli, String callbackUrl, String comment) {
        String key() {
            return clientId + '\n' + userId + '\n' + appli + '\n' + callbackUrl;
        }
    }

    private final Map<String, Subscription> byKey = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    void put(Subscription subscription) {
        byKey.put(subscription.key(), subscription);
        failures.remove(subscription.key());
    }

    Optional<Subscription> find(String clientId, String userId, int appli, String callbackUrl) {
        return Optional.ofNullable(byKey.get(new Subscription(clientId, userId, appli, callbackUrl, null).key()));
    }

    boolean remove(Subscription subscription) {
        failures.remove(subscription.key());
        return byKey.remove(subscription.key()) != null;
    }

    List<Subscription> of(String clientId, String userId) {
        return byKey.values().stream().filter(s -> s.clientId().equals(clientId) && s.userId().equals(userId))
                .sorted(Comparator.comparingInt(Subscription::appli)
                        .thenComparing(Subscription::callbackUrl))
                .toList();
    }

    /** Every client's subscriptions of this user to this appli: who hears about new data. */
    List<Subscription> listeners(String userId, int appli) {
        return byKey.values().stream().filter(s -> s.userId().equals(userId) && s.appli() == appli).toList();
    }

    public void revokeUser(String clientId, String userId) {
        of(clientId, userId).forEach(this::remove);
    }

    void delivered(Subscription subscription) {
        failures.remove(subscription.key());
    }

    /** Counts a notification that failed for good; drops the subscription at the limit. */
    void failed(Subscription subscription) {
        if (failures.merge(subscription.key(), 1, Integer::sum) >= MAX_CONSECUTIVE_FAILURES) {
            remove(subscription);
        }
    }

    public void reset() {
        byKey.clear();
        failures.clear();
    }
}
