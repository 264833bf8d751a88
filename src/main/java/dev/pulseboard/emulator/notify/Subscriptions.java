package dev.pulseboard.emulator.notify;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.StateFile;

/**
 * Notification subscriptions, per client, user, appli and callback URL. A subscription is dropped after
 * {@value #MAX_CONSECUTIVE_FAILURES} consecutive failed notifications (Withings' older documentation; the stricter
 * reading of an uncertain fact). With {@code state-dir} set (demo mode) they are kept in
 * {@code subscriptions.properties} there, so that a restart of the server does not silence the webhooks.
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
    private final StateFile file;

    Subscriptions(EmulatorProperties properties) {
        this.file = new StateFile(properties, "subscriptions.properties", "notification subscriptions");
        file.read().values().forEach(line -> {
            String[] f = line.toString().split("\\|", 5);
            if (f.length == 5 && f[2].matches("\\d+")) {
                Subscription s = new Subscription(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]);
                byKey.put(s.key(), s);
            }
        });
    }

    void put(Subscription subscription) {
        byKey.put(subscription.key(), subscription);
        failures.remove(subscription.key());
        save();
    }

    Optional<Subscription> find(String clientId, String userId, int appli, String callbackUrl) {
        return Optional.ofNullable(byKey.get(new Subscription(clientId, userId, appli, callbackUrl, null).key()));
    }

    boolean remove(Subscription subscription) {
        failures.remove(subscription.key());
        boolean removed = byKey.remove(subscription.key()) != null;
        save();
        return removed;
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
        save();
    }

    /** One subscription a line: client|user|appli|callback|comment. */
    private void save() {
        Properties lines = new Properties();
        int n = 0;
        for (Subscription s : byKey.values()) {
            lines.setProperty("s" + ++n, String.join("|", s.clientId(), s.userId(), Integer.toString(s.appli()),
                    s.callbackUrl(), s.comment() == null ? "" : s.comment()));
        }
        file.write(lines);
    }
}
