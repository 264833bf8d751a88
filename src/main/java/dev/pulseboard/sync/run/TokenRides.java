package dev.pulseboard.sync.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.sync.SyncProperties;
import dev.pulseboard.sync.Syncs;

/**
 * Fetches that are not urgent ride on an access token an urgent fetch renewed: Withings tokens live 3 hours and a
 * renewal is a call, so a notified activity run (daily activity and workouts), due {@code activity-interval} after
 * the last one, starts as soon as it is due while the member's token is live, and otherwise waits for one, at most
 * {@code ride-window}: then it renews the token itself. (The safety net rides too, up to a seventh of its interval
 * before it is due: see {@link SyncVisits}.) Nothing here renews a token: only a call that needs one does.
 */
@Component
public class TokenRides {

    /**
     * How long a token must still serve, beyond the renewal margin, for an activity run (two calls) to ride on it;
     * the safety net, a dozen calls, wants {@link #RIDE_SAFETY_NET}. A run takes seconds, but
     * {@code bench/steady-state.sh} moves the shared clock an hour every 2 seconds, so a run that started on a token
     * about to expire would see it refused mid-run (a refused call and a renewal that real time would not cost); and
     * its visits see the clock an hour apart, so a token renewed just after one is 1 hour old at the next.
     */
    static final Duration RIDE = Duration.ofHours(1);
    static final Duration RIDE_SAFETY_NET = Duration.ofMinutes(90);
    private static final String ACTIVITY = "activity";

    private final Connections connections;
    private final SyncStatusRepository status;
    private final Syncs syncs;
    private final SyncProperties properties;
    private final Clock clock;

    TokenRides(Connections connections, SyncStatusRepository status, Syncs syncs, SyncProperties properties,
            Clock clock) {
        this.connections = connections;
        this.status = status;
        this.syncs = syncs;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * When a notified activity run asked for now should start: now if it is due (the last one is
     * {@code activity-interval} old) and the token is live; otherwise the latest time it may wait until.
     */
    public Instant activityStart(MemberId member) {
        Instant now = clock.instant();
        Instant due = activityDue(member, now);
        if (!due.isAfter(now) && tokenLive(member, RIDE)) {
            return now;
        }
        return (due.isAfter(now) ? due : now).plus(properties.rideWindow());
    }

    /** A waiting notified activity run starts now once it is due and the member's token is live. */
    void rideActivity(MemberId member) {
        Instant now = clock.instant();
        if (!activityDue(member, now).isAfter(now) && syncs.queuedForLater(member, ACTIVITY)
                && tokenLive(member, RIDE)) {
            syncs.request(member, ACTIVITY);
        }
    }

    /** Whether the safety net may ride the member's token now. */
    boolean tokenLiveForSafetyNet(MemberId member) {
        return tokenLive(member, RIDE_SAFETY_NET);
    }

    private boolean tokenLive(MemberId member, Duration span) {
        return connections.hasLiveAccessToken(member, span);
    }

    /**
     * {@code activity-interval} after the last notified activity run; a run under way counts as the last one, so a
     * change notified meanwhile waits for the next day's run like any other (its follow-up is queued for then, where
     * readings, nights and ECGs get theirs at once).
     */
    private Instant activityDue(MemberId member, Instant now) {
        if (syncs.underWay(member, ACTIVITY)) {
            return now.plus(properties.activityInterval());
        }
        return status.finishedAt(member, ACTIVITY).map(last -> last.plus(properties.activityInterval())).orElse(now);
    }
}
