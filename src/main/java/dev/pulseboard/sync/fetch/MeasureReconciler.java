package dev.pulseboard.sync.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.measure.MeasureGroup;
import dev.pulseboard.withings.measure.MeasureQuery;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsClient;

/**
 * Deletions: Withings sends no tombstone, a deleted measure group just stops being returned (but Withings does
 * notify). When a notified measures sync brings nothing new, the notification was a deletion and the recent window
 * is re-read ({@link #NOTIFIED_WINDOW}); after every full sync a longer one is ({@link #FULL_WINDOW}). Stored
 * groups Withings no longer has in that window are deleted, of the Withings account that was asked only (the
 * member may have been linked to another before). A new reading thus costs one call, a deletion two.
 */
@Component
public class MeasureReconciler {

    public static final Duration NOTIFIED_WINDOW = Duration.ofDays(7);
    public static final Duration FULL_WINDOW = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(MeasureReconciler.class);

    private final WithingsClient client;
    private final Measurements measurements;
    private final StoreStep step;
    private final Connections connections;
    private final Clock clock;

    MeasureReconciler(WithingsClient client, Measurements measurements, StoreStep step, Connections connections,
            Clock clock) {
        this.client = client;
        this.measurements = measurements;
        this.step = step;
        this.connections = connections;
        this.clock = clock;
    }

    public int reconcile(MemberId member, AccessTokens tokens, Duration window, Priority priority) {
        Instant to = clock.instant().plusSeconds(1);
        Instant from = to.minus(window);
        String asked = connections.status(member).withingsUserId();
        Set<Long> there = client.allMeasures(tokens, MeasureQuery.between(from, to), priority).stream()
                .map(MeasureGroup::groupId).collect(Collectors.toSet());
        // Compared with the groups of the account that was asked: one linked meanwhile has other groups.
        Measurements.Reconciled result = step.underAccountLock(member, account -> account.equals(asked)
                ? measurements.keepOnlyGroups(member, account, from, to, there) : null);
        if (result == null) {
            return 0;
        }
        if (result.held()) {
            log.warn("Withings no longer has {} of the {} measure groups of member {} stored for the last {} days: "
                    + "kept (so many at once is no person deleting readings); erase the member's readings and sync "
                    + "again if Withings really deleted them", result.gone(), result.stored(), member,
                    window.toDays());
            return 0;
        }
        if (result.gone() > 0) {
            log.info("Removed {} measure group(s) of member {} that Withings no longer has", result.gone(), member);
        }
        return result.gone();
    }
}
