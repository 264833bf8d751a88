package dev.pulseboard.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import dev.pulseboard.connection.WithingsConnected;
import dev.pulseboard.connection.WithingsDisconnected;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.Recordings;
import dev.pulseboard.sync.run.SyncStatusRepository;

/** Requests and reports members' syncs. */
@Service
public class Syncs {

    /** Suffix of the instance id of a run queued while the same run was under way. */
    public static final String FOLLOW_UP = "+";
    /** In place of a data type in an instance id: the weekly safety net. */
    public static final String SAFETY_NET = "safety-net";

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final SyncStatusRepository status;
    private final Measurements measurements;
    private final DailyData dailyData;
    private final Recordings recordings;
    private final ActivityDetail activityDetail;
    private final Clock clock;

    Syncs(SchedulerClient scheduler, OneTimeTask<Void> memberSyncTask, SyncStatusRepository status,
            Measurements measurements, DailyData dailyData, Recordings recordings, ActivityDetail activityDetail, Clock clock) {
        this.scheduler = scheduler;
        this.task = memberSyncTask;
        this.status = status;
        this.measurements = measurements;
        this.dailyData = dailyData;
        this.recordings = recordings;
        this.activityDetail = activityDetail;
        this.clock = clock;
    }

    /**
     * Queues a sync of the member; one already waiting (say, a retry after a Withings fault) is brought forward to
     * now. The job picks it up within seconds.
     */
    @Transactional
    public void request(MemberId member) {
        queue(member, task.instance(member.toString()));
    }

    /**
     * Queues the weekly safety net of the member (with webhooks): a full run that reads only what lost
     * notifications could have left out (see {@code SyncJobs}).
     */
    @Transactional
    public void requestSafetyNet(MemberId member) {
        // One queued or under way is enough: the safety net reads what is due when it runs, so it needs no
        // follow-up run the way a notified change does.
        if (scheduler.scheduleIfNotExists(task.instance(member + ":" + SAFETY_NET), clock.instant())) {
            status.queued(member, clock.instant());
        }
    }

    /** Queues a sync of one data type of the member (what a notification announced). */
    @Transactional
    public void request(MemberId member, String dataType) {
        queue(member, task.instance(member + ":" + dataType), clock.instant());
    }

    /**
     * Queues a notified sync of one data type for {@code at} (a later time spaces out runs of data that changes
     * all day); one already queued for earlier stays, one queued for later is brought forward.
     */
    public void request(MemberId member, String dataType, Instant at) {
        queue(member, task.instance(member + ":" + dataType), at);
    }

    /**
     * Whether a notified run of the data type (or its follow-up) waits for a later time (a run deferred to ride a
     * live token).
     */
    public boolean queuedForLater(MemberId member, String dataType) {
        return runs(member, dataType).anyMatch(e -> !e.isPicked() && e.getExecutionTime().isAfter(clock.instant()));
    }

    /** Whether a notified run of the data type (or its follow-up) is under way. */
    public boolean underWay(MemberId member, String dataType) {
        return runs(member, dataType).anyMatch(ScheduledExecution::isPicked);
    }

    private Stream<ScheduledExecution<Object>> runs(MemberId member, String dataType) {
        String id = member + ":" + dataType;
        return Stream.of(id, id + FOLLOW_UP).map(task::instance).map(scheduler::getScheduledExecution)
                .flatMap(Optional::stream);
    }

    private void queue(MemberId member, TaskInstance<Void> instance) {
        queue(member, instance, clock.instant());
    }

    private void queue(MemberId member, TaskInstance<Void> instance,
            Instant at) {
        if (!at.isAfter(clock.instant())) {
            status.queued(member, clock.instant());
        }
        // A follow-up still waiting (say, a notified activity run deferred past the run it follows) is the run
        // queued: brought forward if asked for earlier, never doubled.
        var followUp = task.instance(instance.getId() + FOLLOW_UP);
        var waitingFollowUp = scheduler.getScheduledExecution(followUp).filter(e -> !e.isPicked());
        if (waitingFollowUp.isPresent()) {
            waitingFollowUp.filter(e -> e.getExecutionTime().isAfter(at))
                    .ifPresent(e -> scheduler.reschedule(followUp, at));
            return;
        }
        if (!scheduler.scheduleIfNotExists(instance, at)) {
            var existing = scheduler.getScheduledExecution(instance);
            if (existing.isPresent() && existing.get().isPicked()) {
                // A run of the same kind is under way and may have asked Withings before this change: one
                // follow-up run after it (the task takes "id+" as "id").
                scheduler.scheduleIfNotExists(followUp, at);
            } else {
                existing.filter(e -> e.getExecutionTime().isAfter(at)).ifPresent(e -> scheduler.reschedule(instance, at));
            }
        }
    }

    public SyncStatus status(MemberId member) {
        return status.find(member).orElse(SyncStatus.NEVER);
    }

    /** {@link #status} of several members in three queries: every member of the list has an entry. */
    public Map<MemberId, SyncStatus> statuses(List<MemberId> members) {
        Map<MemberId, SyncStatus> found = status.findAll(members);
        Map<MemberId, SyncStatus> statuses = new HashMap<>();
        members.forEach(m -> statuses.put(m, found.getOrDefault(m, SyncStatus.NEVER)));
        return statuses;
    }

    @TransactionalEventListener
    void on(WithingsConnected connected) {
        request(connected.memberId());
    }

    @EventListener
    void on(WithingsDisconnected disconnected) {
        var queued = task.instance(disconnected.memberId().toString());
        try {
            scheduler.getScheduledExecution(queued).filter(e -> !e.isPicked()).ifPresent(e -> scheduler.cancel(queued));
        } catch (TaskInstanceCurrentlyExecutingException e) {
            // Picked between the look and the cancel: it ends as a run already under way does (the member is no
            // longer connected). The disconnect goes on; it was a 500 (ConnectionFlowIntegrationTests, once).
        }
        status.delete(disconnected.memberId());
        if (disconnected.erase()) {
            measurements.erase(disconnected.memberId());
            dailyData.erase(disconnected.memberId());
            recordings.erase(disconnected.memberId());
            activityDetail.erase(disconnected.memberId());
        }
    }
}
