package dev.pulseboard.sync.fetch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsClient;
import dev.pulseboard.withings.WithingsInvalidParamsException;
import dev.pulseboard.withings.WithingsNotImplementedException;
import dev.pulseboard.withings.WithingsProtocolException;
import dev.pulseboard.withings.user.Goals;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * The goals set in the Withings app (user getgoals: steps, sleep, weight): one call, with the full syncs, and at most
 * once a day ({@link #INTERVAL}), so polling or repeated "Sync now" cost at most one call a member a day (with
 * webhooks, the weekly full sync reads them). Goals are no readings: a change is not "new data" for the poller. An
 * answer Withings will not give (invalid params, not implemented, unreadable) is logged once and never fails the
 * sync; a transient fault or an expired grant fails it as for any data type.
 */
@Component
@Order(8)
class GoalSync implements DataSync {

    static final Duration INTERVAL = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(GoalSync.class);
    private final AtomicBoolean reported = new AtomicBoolean();
    private final WithingsClient client;
    private final DailyData store;
    private final StoreStep step;

    GoalSync(WithingsClient client, DailyData store, StoreStep step) {
        this.client = client;
        this.store = store;
        this.step = step;
    }

    @Override
    public String dataType() {
        return "goals";
    }

    @Override
    public int run(MemberId member, AccessTokens tokens, Priority priority) {
        var now = step.now();
        boolean fresh = store.goals(member).map(g -> g.fetchedAt().isAfter(now.minus(INTERVAL))).orElse(false);
        if (fresh) {
            return 0;
        }
        Goals goals;
        try {
            goals = client.goals(tokens, priority);
        } catch (WithingsInvalidParamsException | WithingsNotImplementedException | WithingsProtocolException e) {
            // Goals are an extra: an answer Withings will not give (or one that cannot be read) never fails the
            // sync; the next full sync asks again.
            if (reported.compareAndSet(false, true)) {
                log.warn("Withings did not give member {}'s goals ({}); the sync goes on without them", member,
                        e.getMessage());
            }
            return 0;
        }
        step.underLock(member, () -> {
            store.storeGoals(member, goals.steps(), goals.sleepSeconds(), goals.weight(), now);
            step.status().progress(member, 1, 1);
        });
        return 0;
    }
}
