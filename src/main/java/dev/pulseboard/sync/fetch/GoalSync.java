package dev.pulseboard.sync.fetch;

import java.time.Duration;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsClient;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * The goals set in the Withings app (user getgoals: steps, sleep, weight): one call, with the full syncs, and at most
 * once a day ({@link #INTERVAL}), so polling or repeated "Sync now" cost at most one call a member a day (with
 * webhooks, the weekly full sync reads them). Goals are no readings: a change is not "new data" for the poller.
 */
@Component
@Order(8)
class GoalSync implements DataSync {

    static final Duration INTERVAL = Duration.ofDays(1);

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
        var goals = client.goals(tokens, priority);
        step.underLock(member, () -> {
            store.storeGoals(member, goals.steps(), goals.sleepSeconds(), goals.weight(), now);
            step.status().progress(member, 1, 1);
        });
        return 0;
    }
}
