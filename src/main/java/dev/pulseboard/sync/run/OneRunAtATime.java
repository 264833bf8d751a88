package dev.pulseboard.sync.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.VoidExecutionHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import dev.pulseboard.sync.Syncs;
import dev.pulseboard.sync.fetch.ServerStopping;

/**
 * A one-time task of which one run per member is under way at a time, on one instance or on several: a run and its
 * follow-up ({@code id} and {@code id+}, see {@link Syncs#FOLLOW_UP}), a full run and one data type's notified run
 * ({@code id:type}), the weekly safety net. The one that finds another run of the member under way is put back a few
 * seconds (not a failure) and runs once the other has ended. Run side by side, a run and its follow-up would make
 * every Withings call twice, a backfill's strips included, out of the budget every member shares; a notified run
 * beside a first backfill would read from a cursor the backfill has not moved yet (the whole history again), and the
 * one ending first would tell the member their sync was done while the other still ran. A run that ends because the
 * server stops ({@link ServerStopping}) is handed back to be taken up within seconds, not counted as a failure.
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
    private final JdbcClient jdbc;
    private final String table;
    private final Clock clock;

    /** {@code table} is db-scheduler's ({@code db-scheduler.table-name}). */
    OneRunAtATime(String name, FailureHandler<Void> onFailure, VoidExecutionHandler<Void> run, JdbcClient jdbc,
            String table, Clock clock) {
        super(name, Void.class, onFailure, new DeadExecutionHandler.ReviveDeadExecution<>());
        this.run = run;
        this.jdbc = jdbc;
        this.table = table;
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
        } catch (SyncJobs.RetryLater failed) {
            // A failure the sync logged in a line of its own: to the failure handler (back-off, a few tries) as
            // db-scheduler would hand it, but without its second, alarming line ("Unhandled exception ...").
            return (complete, operations) -> getFailureHandler().onFailure(ExecutionComplete.failure(
                    complete.getExecution(), complete.getTimeDone().minus(complete.getDuration()),
                    complete.getTimeDone(), failed), operations);
        }
    }

    @Override
    public void executeOnce(TaskInstance<Void> instance, ExecutionContext context) {
        run.execute(instance, context);
    }

    /**
     * Whether another run of the same member is under way: its instance ids are the member id, with {@code +}, or
     * with {@code :} and a data type (one indexed look at db-scheduler's table, whose key begins with these two).
     */
    private boolean otherUnderWay(String id) {
        String member = id.split("[:+]", 2)[0];
        return jdbc.sql("select count(*) from " + table + " where task_name = ? and picked = ? and task_instance <> ? "
                + "and (task_instance in (?, ?) or task_instance like ?)")
                .params(getName(), true, id, member, member + Syncs.FOLLOW_UP, member + ":%")
                .query(Integer.class).single() > 0;
    }
}
