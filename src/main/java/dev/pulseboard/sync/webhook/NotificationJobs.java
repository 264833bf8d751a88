package dev.pulseboard.sync.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.sync.SyncProperties;
import dev.pulseboard.sync.Syncs;
import dev.pulseboard.sync.run.SyncStatusRepository;
import dev.pulseboard.sync.run.SyncVisits;
import dev.pulseboard.sync.run.TokenRides;
import dev.pulseboard.withings.notify.Appli;

/**
 * Task beans take their collaborators through {@link ObjectProvider}: the scheduler needs every task at start,
 * and those collaborators need the scheduler.
 *
 * <p>The jobs around notifications: processing the inbox (coalesced per member and data type: a burst of
 * notifications costs one fetch per data type), and the recurring visit of every connected member, which polls
 * when webhooks cannot work and otherwise is a safety net that also repairs subscriptions.
 */
@Configuration(proxyBeanMethods = false)
class NotificationJobs {

    static final String PROCESS_TASK = "process-notifications";
    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    /**
     * Appli to the data type to fetch; appli not listed are events Pulseboard does not fetch for. Glucose (58) is
     * fetched with getmeas like the other measure applis (withings-api.md §6).
     */
    static final Map<Integer, String> DATA_TYPES = Map.of(Appli.WEIGHT.code(), "measures",
            Appli.TEMPERATURE.code(), "measures", Appli.BLOOD_PRESSURE.code(), "measures",
            Appli.GLUCOSE.code(), "measures", Appli.ACTIVITY.code(), "activity", Appli.SLEEP.code(), "sleep",
            Appli.ECG.code(), "ecg");

    @Bean
    OneTimeTask<Void> notificationTask(ObjectProvider<NotificationInboxProcessor> processor) {
        return Tasks.oneTime(PROCESS_TASK).execute((instance, context) -> processor.getObject().processAll());
    }

    /** Every minute: which members are due a sync or a subscription check (see {@link SyncVisits}). */
    @Bean
    RecurringTask<Void> visitMembersTask(ObjectProvider<SyncVisits> visits) {
        return Tasks.recurring("visit-members", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> visits.getObject().visitAll());
    }

    /**
     * Takes pending notifications in batches and turns them into the fewest sync requests: readings, nights and
     * ECGs at once; daily activity, which a watch re-uploads all day long, at most once per
     * {@code pulseboard.sync.activity-interval} (notifications in between join the run already queued).
     */
    @Component
    static class NotificationInboxProcessor {

        private final NotificationInbox inbox;
        private final Connections connections;
        private final Syncs syncs;
        private final SyncProperties properties;
        private final SyncStatusRepository status;
        private final TokenRides rides;
        private final Clock clock;

        NotificationInboxProcessor(NotificationInbox inbox, Connections connections, Syncs syncs,
                SyncProperties properties, SyncStatusRepository status, TokenRides rides, Clock clock) {
            this.inbox = inbox;
            this.connections = connections;
            this.syncs = syncs;
            this.properties = properties;
            this.status = status;
            this.rides = rides;
            this.clock = clock;
        }

        /**
         * When a notified run of the data type should start: activity when {@link TokenRides} says (once per
         * {@code activity-interval}, on a live token); the rest now, unless its last run was recent and found
         * nothing new; then {@code nothing-new-pause} after it. So a notification of a reading, a night or an ECG
         * is fetched within seconds, while a storm of repeated notifications (or of forged ones, should the
         * callback's secret leak) costs a few calls a minute, not two a second.
         */
        private Instant when(MemberId member, String dataType) {
            if ("activity".equals(dataType)) {
                return rides.activityStart(member);
            }
            Instant now = clock.instant();
            var last = status.byDataType(member).get(dataType);
            Duration spacing = last != null && last.finished() && last.itemsStored() == 0 ? properties.nothingNewPause()
                    : Duration.ZERO;
            return status.finishedAt(member, dataType).map(done -> done.plus(spacing))
                    .filter(next -> next.isAfter(now)).orElse(now);
        }

        void processAll() {
            List<NotificationInbox.Pending> batch;
            while (!(batch = inbox.pending(properties.inboxBatch())).isEmpty()) {
                process(batch);
                inbox.processed(batch);
            }
        }

        private void process(List<NotificationInbox.Pending> batch) {
            Map<String, Set<String>> wanted = new LinkedHashMap<>();
            Map<String, Long> oldestEcg = new HashMap<>();
            for (var n : batch) {
                if (n.appli() == Appli.USER.code()) {
                    if (n.action() != null && !"update".equalsIgnoreCase(n.action())) {
                        connections.revokedByWithings(n.withingsUser(), n.action());
                    }
                    continue;
                }
                String dataType = DATA_TYPES.get(n.appli());
                if (dataType != null) {
                    wanted.computeIfAbsent(n.withingsUser(), u -> new LinkedHashSet<>()).add(dataType);
                }
                if (n.appli() == Appli.ECG.code() && n.start() != null) {
                    oldestEcg.merge(n.withingsUser(), n.start(), Math::min);
                }
            }
            wanted.forEach((user, dataTypes) -> {
                List<MemberId> members = connections.membersLinkedTo(user);
                if (members.isEmpty()) {
                    log.info("Ignored notifications for unknown Withings user {}", user);
                }
                for (MemberId member : members) {
                    if (connections.status(member).isConnected()) {
                        Long recorded = oldestEcg.get(user);
                        if (recorded != null) {
                            // Heart list filters by the recording's time: a watch's ECG uploaded days late is
                            // older than what the next read looks back to, unless it reads from there.
                            status.rereadFrom(member, "ecg", recorded);
                        }
                        dataTypes.forEach(dataType -> syncs.request(member, dataType, when(member, dataType)));
                    }
                }
            });
        }
    }
}
