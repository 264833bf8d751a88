package dev.pulseboard.sync.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import io.micrometer.core.instrument.Timer;

import dev.pulseboard.connection.ConnectionException;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.DatabaseUnreachable;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.sync.SyncMeters;
import dev.pulseboard.sync.Syncs;
import dev.pulseboard.sync.fetch.DataSync;
import dev.pulseboard.sync.fetch.MeasureReconciler;
import dev.pulseboard.sync.fetch.PagedSync;
import dev.pulseboard.sync.fetch.ServerStopping;
import dev.pulseboard.sync.fetch.StoreStep;
import dev.pulseboard.sync.webhook.NotificationInbox;
import dev.pulseboard.sync.webhook.NotificationSubscriptions;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsAuthenticationException;
import dev.pulseboard.withings.WithingsException;
import dev.pulseboard.withings.WithingsInvalidParamsException;
import dev.pulseboard.withings.WithingsNotImplementedException;
import dev.pulseboard.withings.WithingsProtocolException;
import dev.pulseboard.withings.WithingsUnauthorizedException;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * The durable sync job: one db-scheduler task instance per member (its id is the member id; {@code id:type}
 * syncs one data type, as a notification asks), so a requested run survives a restart and runs once across
 * instances. A transient failure is recorded in the sync status
 * and retried with exponential back-off; a dead grant or a missing connection is recorded and not retried. A data
 * type Withings refuses (invalid parameters, not implemented) or answers unreadably does not stop the types after it:
 * the run stores them, checks the subscriptions and records which type failed and why; an unreadable answer is
 * retried with back-off, a refusal at a later sync (asking again at once would change nothing).
 */
@Configuration(proxyBeanMethods = false)
public class SyncJobs {

    public static final String TASK = "member-sync";
    private static final Logger log = LoggerFactory.getLogger(SyncJobs.class);

    @Bean
    OneTimeTask<Void> memberSyncTask(Connections connections, List<DataSync> dataTypes, SyncStatusRepository status,
            ObjectProvider<NotificationSubscriptions> subscriptions, ObjectProvider<NotificationInbox> inbox,
            MeasureReconciler reconciler, Clock clock, SyncMeters meters, JdbcClient jdbc,
            @Value("${db-scheduler.table-name}") String schedulerTable, StoreStep step) {
        return new OneRunAtATime(TASK, new FailureHandler.MaxRetriesFailureHandler<>(8,
                new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30))),
                (instance, context) -> {
                    String[] id = instance.getId().replace(Syncs.FOLLOW_UP, "").split(":", 2);
                    MemberId member = MemberId.of(Long.parseLong(id[0]));
                    boolean safetyNet = id.length > 1 && Syncs.SAFETY_NET.equals(id[1]);
                    String only = id.length > 1 && !safetyNet ? id[1] : null;
                    String scope = safetyNet ? Syncs.SAFETY_NET : only == null ? "full" : only;
                    step.beforeNextCall();
                    var timing = meters.runStarted();
                    boolean takenOver = status.running(member, clock.instant());
                    status.resetRunCounters(member, only, takenOver);
                    try {
                        var tokens = connections.accessTokens(member);
                        int measuresFetched = -1;
                        int fetchedInAll = 0;
                        List<String> refused = new ArrayList<>();
                        List<String> unread = new ArrayList<>();
                        for (DataSync dataType : dataTypes) {
                            if (only == null || only.equals(dataType.dataType())) {
                                int fetched;
                                try {
                                    fetched = runPermitted(dataType, member, tokens, only != null, safetyNet);
                                } catch (WithingsInvalidParamsException | WithingsNotImplementedException e) {
                                    // Withings refuses this data type for good: asking again soon changes nothing.
                                    log.warn("Sync of member {}: Withings refuses {}, the other data types go on: {}",
                                            member, dataType.dataType(), e.getMessage());
                                    refused.add(dataType.dataType() + ": " + e.getMessage());
                                    continue;
                                } catch (WithingsProtocolException | SyncFailure e) {
                                    // An answer this data type could not be read from: maybe not the next one.
                                    log.warn("Sync of member {}: {} failed, the other data types go on: {}", member,
                                            dataType.dataType(), e.getMessage());
                                    unread.add(dataType.dataType() + ": " + e.getMessage());
                                    continue;
                                }
                                fetchedInAll += fetched;
                                if ("measures".equals(dataType.dataType())) {
                                    measuresFetched = fetched;
                                }
                            }
                        }
                        if (fetchedInAll > 0) {
                            status.newData(member, clock.instant());
                        }
                        boolean measuresRead = Stream.concat(refused.stream(), unread.stream())
                                .noneMatch(r -> r.startsWith("measures:"));
                        // A notified measures change that brought nothing new was a deletion: reconcile then. The
                        // safety net reads only what changed (lastupdate), as the notified reads it stands in for.
                        if (measuresRead && ((only == null && !safetyNet)
                                || ("measures".equals(only) && measuresFetched == 0))) {
                            reconciler.reconcile(member, tokens, only == null ? MeasureReconciler.FULL_WINDOW
                                    : MeasureReconciler.NOTIFIED_WINDOW, Priority.BACKFILL);
                        }
                        if (only == null) {
                            // Notifications that came within the day show the subscriptions work: no check then.
                            if ((!safetyNet || !notifiedWithin(connections, inbox.getObject(), member,
                                    clock.instant().minus(SyncVisits.SUBSCRIPTION_CHECK)))
                                    && SyncVisits.subscriptionCheckDue(status.schedule(member).orElse(null),
                                            clock.instant())) {
                                var check = subscriptions.getObject().ensure(member);
                                status.subscriptionsChecked(member, clock.instant(), check);
                                if (check.added() > 0 && !safetyNet
                                        && catchUp(dataTypes, member, tokens) > 0) {
                                    status.newData(member, clock.instant());
                                }
                            }
                            if (unread.isEmpty()) {
                                status.fullRunSucceeded(member, clock.instant());
                            }
                        }
                        if (!unread.isEmpty()) {
                            // The others are stored; the unread ones are tried again with the run's back-off.
                            throw new DataTypesFailed(String.join("; ", Stream.concat(unread.stream(),
                                    refused.stream()).toList()));
                        }
                        if (!refused.isEmpty()) {
                            status.failed(member, "Synced all but " + String.join("; ", refused) + ". Withings "
                                    + "refuses it; it is asked for again at a later sync.");
                            meters.runEnded(timing, scope, "failed");
                            return;
                        }
                        status.succeeded(member, clock.instant());
                        meters.runEnded(timing, scope, "succeeded");
                    } catch (WithingsAuthenticationException e) {
                        status.failed(member, "Withings no longer accepts this connection: reconnect the member.");
                        meters.runEnded(timing, scope, "failed");
                    } catch (ConnectionException e) {
                        status.failed(member, e.getMessage());
                        meters.runEnded(timing, scope, "failed");
                    } catch (ServerStopping e) {
                        // Still "running" to the member: the run goes on from its checkpoint, its counts with it.
                        meters.runEnded(timing, scope, "stopped");
                        throw e;
                    } catch (DataTypesFailed e) {
                        handBackIfStopping(step, meters, timing, scope);
                        status.failed(member, "Synced all but " + e.getMessage() + "; retrying automatically.");
                        meters.runEnded(timing, scope, "retrying");
                        throw new RetryLater(e.getMessage());
                    } catch (WithingsException | SyncFailure e) {
                        handBackIfStopping(step, meters, timing, scope);
                        log.warn("Sync of member {} failed, will retry: {}", member, e.getMessage());
                        status.failed(member, "Withings sync failed (" + e.getMessage() + "); retrying automatically.");
                        meters.runEnded(timing, scope, "retrying");
                        throw new RetryLater(e.getMessage());
                    } catch (RuntimeException e) {
                        handBackIfStopping(step, meters, timing, scope);
                        // This server's own fault, not Withings': the database gone, a key that cannot read the
                        // stored tokens. The member's status says the run failed (not "running"); the log says why.
                        if (DatabaseUnreachable.in(e) != null) {
                            log.warn("Sync of member {} failed on the database, will retry: {}", member, e.toString());
                        } else {
                            log.error("Sync of member {} failed on this server, will retry", member, e);
                        }
                        status.failed(member, "The sync failed on the server (its log says why); retrying "
                                + "automatically.");
                        meters.runEnded(timing, scope, "retrying");
                        throw new RetryLater(e.getMessage());
                    }
                }, jdbc, schedulerTable, clock);
    }

    /**
     * A run that fails once the server has begun to stop (a call in flight cut off, the emulator of demo mode gone
     * with the web server) is handed back as a stopped one, not recorded as failed: it goes on from its checkpoint.
     */
    private static void handBackIfStopping(StoreStep step, SyncMeters meters, Timer.Sample timing, String scope) {
        if (step.stopping()) {
            meters.runEnded(timing, scope, "stopped");
            throw new ServerStopping();
        }
    }

    /**
     * What db-scheduler is handed to retry a run with back-off: the reason, logged above in one line, without a
     * stack trace for db-scheduler to log again at every retry of an outage (the failure is expected and handled).
     */
    static final class RetryLater extends RuntimeException {

        RetryLater(String message) {
            super(message, null, false, false);
        }
    }

    /** Data types of a run that failed for reasons of their own, after the others were stored. */
    private static final class DataTypesFailed extends RuntimeException {

        DataTypesFailed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Body measurements go first and at interactive priority: after a connect or "Sync now" a person is looking at
     * the page, and after that a run of them is one page. The rest is backfill, which leaves room in the budget.
     */
    static Priority priority(DataSync dataType) {
        return "measures".equals(dataType.dataType()) ? Priority.INTERACTIVE : Priority.BACKFILL;
    }

    private static boolean notifiedWithin(Connections connections, NotificationInbox inbox, MemberId member,
            Instant since) {
        String withingsUser = connections.status(member).withingsUserId();
        return withingsUser != null && inbox.lastReceived(withingsUser).filter(since::isBefore).isPresent();
    }

    /** A data type the grant's scopes do not cover is skipped (and logged), not a failed run. */
    /**
     * What Withings got while a run read the data types, before it made their subscriptions, was notified to no one
     * (a weigh-in the moment after linking): each data type notifications announce reads what changed since it was
     * read (one {@code lastupdate} call each), in the same run. A failure here fails nothing: the next notification
     * of the type reads it.
     */
    private static int catchUp(List<DataSync> dataTypes, MemberId member, AccessTokens tokens) {
        int fetched = 0;
        for (DataSync dataType : dataTypes) {
            if (dataType instanceof PagedSync<?>) {
                try {
                    fetched += runPermitted(dataType, member, tokens, true, false);
                } catch (WithingsException | SyncFailure e) {
                    log.warn("Sync of member {}: reading {} again after subscribing failed; its next notification "
                            + "reads it: {}", member, dataType.dataType(), e.getMessage());
                }
            }
        }
        return fetched;
    }

    private static int runPermitted(DataSync dataType, MemberId member, AccessTokens tokens, boolean notified,
            boolean safetyNet) {
        try {
            if (safetyNet) {
                return dataType.runSafetyNet(member, tokens, priority(dataType));
            }
            return notified ? dataType.runNotified(member, tokens, priority(dataType))
                    : dataType.run(member, tokens, priority(dataType));
        } catch (WithingsUnauthorizedException notInScope) {
            log.info("Withings does not let member {} share {}: {}", member, dataType.dataType(),
                    notInScope.getMessage());
            return 0;
        }
    }
}
