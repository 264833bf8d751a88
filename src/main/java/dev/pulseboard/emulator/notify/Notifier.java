package dev.pulseboard.emulator.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.clock.EmulatorClock;

/**
 * Calls partner apps back: the HEAD probe at subscribe time, and form-encoded POSTs when data changes, with a 2 s
 * timeout and Withings' retry schedule (10 tries in 5 cycles of 2: at once, +10 s, +1 min (+1-10 min), +1 h
 * (+2-20 min), +4 h (+3-30 min)), every delay multiplied by {@code notification-time-scale}. Success is HTTP 200
 * (Withings' documented answer), or any status below 400 with {@code lenient-notification-status}.
 */
@Component
public class Notifier implements DisposableBean {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final int MAX_ATTEMPTS = 10;
    private static final long[][] CYCLE_DELAYS = { { 0, 0 }, { 10, 0 }, { 60, 540 }, { 3600, 1080 }, { 14400, 1620 } };
    private static final long[] CYCLE_MIN_EXTRA = { 0, 0, 60, 120, 180 };
    private static final int KEPT_DELIVERIES = 1000;
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    /** Made at the first callback, not during the start-up (a JDK HTTP client loads the TLS stack, starts a thread). */
    private final Supplier<HttpClient> http = SingletonSupplier.of(() -> HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build());
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "emulator-notifier");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Delivery> deliveries = new ConcurrentLinkedDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final Subscriptions subscriptions;
    private final EmulatorProperties properties;
    private final EmulatorClock clock;

    Notifier(Subscriptions subscriptions, EmulatorProperties properties, EmulatorClock clock) {
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Withings' subscribe-time check: the callback must answer HEAD with a 2xx within the timeout. */
    boolean probe(String callbackUrl) {
        try {
            HttpRequest head = HttpRequest.newBuilder(URI.create(callbackUrl)).timeout(TIMEOUT)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<Void> response = http.get().send(head, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() >= 200 && response.statusCode() < 300;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Notifies every subscriber of this user and appli; the fields go form-encoded in the body. */
    public void notifyUser(String userId, int appli, Map<String, String> fields) {
        for (Subscriptions.Subscription s : subscriptions.listeners(userId, appli)) {
            Delivery delivery = new Delivery(ids.incrementAndGet(), s, Delivery.form(fields));
            deliveries.addFirst(delivery);
            while (deliveries.size() > KEPT_DELIVERIES) {
                deliveries.pollLast();
            }
            scheduler.execute(() -> attempt(delivery, 0));
        }
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public void reset() {
        deliveries.clear();
    }

    private void attempt(Delivery delivery, int n) {
        int status = post(delivery);
        delivery.record(clock.now(), status);
        boolean ok = properties.lenientNotificationStatus() ? status >= 200 && status < 400 : status == 200;
        if (ok) {
            delivery.finish(Delivery.State.DELIVERED);
            subscriptions.delivered(delivery.subscription());
        } else if (n + 1 >= MAX_ATTEMPTS) {
            delivery.finish(Delivery.State.FAILED);
            subscriptions.failed(delivery.subscription());
        } else {
            long millis = Math.round(delaySeconds(n + 1) * 1000 * properties.notificationTimeScale());
            scheduler.schedule(() -> attempt(delivery, n + 1), millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Seconds to wait before try {@code n} (0-based): the second try of a cycle follows the first at once. */
    static double delaySeconds(int n) {
        if (n % 2 == 1) {
            return 0;
        }
        int cycle = n / 2;
        long extra = CYCLE_DELAYS[cycle][1] == 0 ? 0
                : CYCLE_MIN_EXTRA[cycle] + ThreadLocalRandom.current().nextLong(CYCLE_DELAYS[cycle][1] + 1);
        return CYCLE_DELAYS[cycle][0] + extra;
    }

    private int post(Delivery delivery) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.subscription().callbackUrl()))
                    .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
            return http.get().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            log.debug("Notification {} failed: {}", delivery.id(), e.toString());
            return -1;
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
