package dev.pulseboard.sync.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.sync.SyncProperties;
import dev.pulseboard.sync.SyncState;
import dev.pulseboard.sync.Syncs;
import dev.pulseboard.sync.webhook.NotificationInbox;
import dev.pulseboard.sync.webhook.NotificationSubscriptions;
import dev.pulseboard.sync.webhook.WebhookMode;

/**
 * The minute-by-minute look at every connected member, deciding what costs Withings calls and when:
 * <ul>
 * <li>With webhooks, notifications bring new data; the safety net catches any that were lost: it comes when the
 * last full sync or the read of some data type is {@code safety-net-interval} old (earlier, by up to a seventh of
 * that interval, when the member's access token is live, so that it costs no renewal) and reads only what
 * lost notifications could have left out. A member who has sent no notification for a day gets a subscription
 * check (one call), which repairs subscriptions Withings dropped; a notified activity run waiting for a live token
 * starts when one is (see {@link TokenRides}).</li>
 * <li>Without webhooks, polling adapts to the member: a full sync again after a quarter of the time since a run
 * last brought new data, but no sooner than {@code poll-interval} and no later than {@code poll-max-interval}. A
 * household that just weighed in is polled every {@code poll-interval}; one away for the weekend, every few
 * hours.</li>
 * </ul>
 * A member whose run is queued or running is left alone; processed notifications older than a week are pruned.
 */
@Component
public class SyncVisits {

    static final Duration SUBSCRIPTION_CHECK = Duration.ofDays(1);
    static final Duration KEEP_NOTIFICATIONS = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(SyncVisits.class);

    private final SyncStatusRepository status;
    private final Connections connections;
    private final Syncs syncs;
    private final NotificationSubscriptions subscriptions;
    private final NotificationInbox inbox;
    private final WebhookMode webhooks;
    private final TokenRides rides;
    private final SyncProperties properties;
    private final Clock clock;

    SyncVisits(SyncStatusRepository status, Connections connections, Syncs syncs,
            NotificationSubscriptions subscriptions, NotificationInbox inbox, WebhookMode webhooks, TokenRides rides,
            SyncProperties properties, Clock clock) {
        this.status = status;
        this.connections = connections;
        this.syncs = syncs;
        this.subscriptions = subscriptions;
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.rides = rides;
        this.properties = properties;
        this.clock = clock;
    }

    public void visitAll() {
        for (MemberId member : connections.connectedMembers()) {
            try {
                visit(member);
            } catch (RuntimeException e) {
                log.warn("Could not visit member {}: {}", member, e.getMessage());
            }
        }
        inbox.prune(clock.instant().minus(KEEP_NOTIFICATIONS));
    }

    /** What a visit does for one member. */
    enum Visit {
        NOTHING, FULL_SYNC, SAFETY_NET, CHECK_SUBSCRIPTIONS
    }

    Visit visit(MemberId member) {
        Instant now = clock.instant();
        Visit visit = decide(member, now);
        switch (visit) {
            case FULL_SYNC -> syncs.request(member);
            case SAFETY_NET -> syncs.requestSafetyNet(member);
            case CHECK_SUBSCRIPTIONS -> status.subscriptionsChecked(member, now, subscriptions.ensure(member));
            case NOTHING -> {
                if (webhooks.enabled()) {
                    rides.rideActivity(member);
                }
            }
        }
        return visit;
    }

    Visit decide(MemberId member, Instant now) {
        return plan(status.schedule(member).orElse(null), webhooks.enabled(), () -> {
            String withingsUser = connections.status(member).withingsUserId();
            return withingsUser == null ? Optional.empty() : inbox.lastReceived(withingsUser);
        }, () -> rides.tokenLiveForSafetyNet(member), properties, now);
    }

    /**
     * The decision itself, from what is known of the member: its schedule (null if never synced), whether
     * webhooks work, when a notification about the member last came and whether its access token is live (both
     * asked only when needed).
     */
    static Visit plan(SyncStatusRepository.Schedule schedule, boolean webhooks,
            Supplier<Optional<Instant>> lastNotified, BooleanSupplier tokenLive, SyncProperties properties,
            Instant now) {
        if (schedule != null && busy(schedule.state())) {
            return Visit.NOTHING;
        }
        if (schedule == null || schedule.lastFullAt() == null) {
            return Visit.FULL_SYNC;
        }
        // Polled: without webhooks, and a member whose notifications Withings refused (until it accepts them).
        if (webhooks && !schedule.subscriptionsRefused()) {
            Instant due = safetyNetDue(schedule, properties);
            if (!now.isBefore(due) || !now.isBefore(due.minus(properties.safetyNetSlack()))
                    && tokenLive.getAsBoolean()) {
                return Visit.SAFETY_NET;
            }
            Instant dayAgo = now.minus(SUBSCRIPTION_CHECK);
            Instant checked = schedule.subscriptionsCheckedAt() == null ? schedule.lastFullAt()
                    : max(schedule.subscriptionsCheckedAt(), schedule.lastFullAt());
            boolean quiet = checked.isBefore(dayAgo) && lastNotified.get().map(dayAgo::isAfter).orElse(true);
            return quiet ? Visit.CHECK_SUBSCRIPTIONS : Visit.NOTHING;
        }
        Instant lastRun = schedule.lastStartedAt() == null ? schedule.lastFullAt() : schedule.lastStartedAt();
        return now.isBefore(lastRun.plus(pollInterval(schedule.lastNewDataAt(), properties, now))) ? Visit.NOTHING
                : Visit.FULL_SYNC;
    }

    /**
     * Whether a full run checks the member's subscriptions: always, but for a member whose notifications Withings
     * refused at a check within the day (each refused subscription is a call, and Withings' check of the callback
     * behind it): they are asked for again daily.
     */
    static boolean subscriptionCheckDue(SyncStatusRepository.Schedule schedule, Instant now) {
        return schedule == null || !schedule.subscriptionsRefused() || schedule.subscriptionsCheckedAt() == null
                || schedule.subscriptionsCheckedAt().isBefore(now.minus(SUBSCRIPTION_CHECK));
    }

    /**
     * When the safety net is due: {@code safety-net-interval} after the last full sync, or after the last read of
     * the data type read longest ago, whichever is first (a data type that notifications keep reading never makes
     * it due; one they stopped reading does, an interval after its last read), but never sooner than a seventh of
     * the interval after the last full sync (a data type that no run can read, say one out of the grant's scopes,
     * does not bring it back at every visit).
     */
    static Instant safetyNetDue(SyncStatusRepository.Schedule schedule, SyncProperties properties) {
        Duration interval = properties.safetyNetInterval();
        Instant lastFull = schedule.lastFullAt();
        Instant from = schedule.oldestReadAt() == null ? lastFull : min(schedule.oldestReadAt(), lastFull);
        return max(from.plus(interval), lastFull.plus(properties.safetyNetSlack()));
    }

    /** A quarter of the time since data last came, within {@code [poll-interval, poll-max-interval]}. */
    static Duration pollInterval(Instant lastNewDataAt, SyncProperties properties, Instant now) {
        Duration quiet = lastNewDataAt == null ? properties.pollMaxInterval()
                : Duration.between(lastNewDataAt, now).dividedBy(4);
        if (quiet.compareTo(properties.pollInterval()) < 0) {
            return properties.pollInterval();
        }
        return quiet.compareTo(properties.pollMaxInterval()) > 0 ? properties.pollMaxInterval() : quiet;
    }

    private static boolean busy(SyncState state) {
        return state == SyncState.QUEUED || state == SyncState.RUNNING;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
