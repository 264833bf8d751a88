package dev.pulseboard.sync.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.VoidExecutionHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import dev.pulseboard.sync.Syncs;
import dev.pulseboard.sync.fetch.ServerStopping;

/**
 * A one-time task whose run and its follow-up ({@code id} and {@code id+}, see {@link Syncs#FOLLOW_UP}) never run at
 * once, on one instance or on several: the one that finds the other under way is put back a few seconds (not a
 * failure) and runs once the other has ended. Run side by side, both would make every Withings call twice, a
 * backfill's strips included, out of the budget every member shares. A run that ends because the server stops
 * ({@link ServerStopping}) is handed back to be taken up within seconds, not counted as a failure.
 */
final class OneRunAtATime extends OneTimeTask<Void> {

    private static final Logger log = LoggerFactory.getLogger(OneRunAtATime.class);

    /**
     * How long a run waits before it looks again (a random part as long again keeps two from meeting in step): a
     * follow-up starts at most this much after the run it waits for, and costs the scheduler one look per wait.
     */
    static final Duration WAIT = Duration.ofSeconds(5);
    /**
     * How long after a stopping server handed a run back it is due again: another instance takes it then, while
     * this one, whose scheduler stops only after the web server, does not pick it up again and again meanwhile.
     */
    static final Duration HANDED_BACK = Duration.ofSeconds(10);

    private final VoidExecutionHandler<Void> run;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final Clock clock;

    OneRunAtATime(String name, FailureHandler<Void> onFailure, VoidExecutionHandler<Void> run,
            ObjectProvider<SchedulerClient> scheduler, Clock clock) {
        super(name, Void.class, onFailure, new DeadExecutionHandler.ReviveDeadExecution<>());
        this.run = run;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        if (otherUnderWay(instance.getId())) {
            Instant later = clock.instant().plus(WAIT)
                    .plusMillis(ThreadLocalRandom.current().nextLong(WAIT.toMillis() + 1));
            return (complete, operations) -> operations.reschedule(complete, later);
        }
        try {
            return super.execute(instance, context);
        } catch (ServerStopping stopping) {
            // Handed back, not as a failure: the next instance to look takes it from its checkpoint.
            log.info("Sync {} handed back: {}", instance.getId(), stopping.getMessage());
            Instant due = clock.instant().plus(HANDED_BACK);
            return (complete, operations) -> operations.reschedule(complete, due);
        }
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        run.execute(instance, context);
    }

    private boolean otherUnderWay(String id) {
        String other = id.endsWith(Syncs.FOLLOW_UP) ? id.substring(0, id.length() - Syncs.FOLLOW_UP.length())
                : id + Syncs.FOLLOW_UP;
        return scheduler.getObject().getScheduledExecution(instance(other)).filter(ScheduledExecution::isPicked)
                .isPresent();
    }
}
