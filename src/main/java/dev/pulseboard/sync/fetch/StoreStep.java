package dev.pulseboard.sync.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.sync.SyncProperties;
import dev.pulseboard.sync.run.SyncStatusRepository;

/**
 * How every sync stores what it fetched: in one transaction that first locks the member's connection row, so a
 * disconnect with erase (which deletes that row) is never followed by data that was in flight, and no store
 * happens for a member who is no longer connected. Also gives the syncs the status repository they report to, and
 * ends a long run between two calls once the server stops.
 */
@Component
public class StoreStep {

    private final SyncStatusRepository status;
    private final Connections connections;
    private final TransactionTemplate tx;
    private final SyncProperties properties;
    private final Clock clock;
    private volatile boolean stopping;

    StoreStep(SyncStatusRepository status, Connections connections, TransactionTemplate tx,
            SyncProperties properties, Clock clock) {
        this.status = status;
        this.connections = connections;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * How old the last read of a data type must be for the safety net to read it again: six sevenths of
     * {@code safety-net-interval} (a data type notifications keep reading is never read by it; one due within the
     * last seventh is read with the rest, so reads of one member stay together).
     */
    Duration safetyNetAge() {
        return properties.safetyNetInterval().minus(properties.safetyNetSlack());
    }

    Instant now() {
        return clock.instant();
    }

    SyncStatusRepository status() {
        return status;
    }

    void underLock(MemberId member, Runnable store) {
        tx.executeWithoutResult(t -> {
            connections.lockConnected(member);
            store.run();
        });
    }

    <R> R underLock(MemberId member, Supplier<R> store) {
        return tx.execute(t -> {
            connections.lockConnected(member);
            return store.get();
        });
    }

    /** As {@link #underLock}, handing the store the Withings user the member is linked to (read under the lock). */
    <R> R underAccountLock(MemberId member, Function<String, R> store) {
        return tx.execute(t -> store.apply(connections.lockConnected(member)));
    }

    /** The Withings user the member is linked to now, without a lock; null when the member is not connected. */
    String linkedAccount(MemberId member) {
        var link = connections.status(member);
        return link.isConnected() ? link.withingsUserId() : null;
    }

    /** The server has begun to stop (Spring publishes this before it stops the scheduler and the web server). */
    @EventListener(ContextClosedEvent.class)
    void serverStopping() {
        stopping = true;
    }

    /** Whether the server has begun to stop: a run's failure then is the stop's doing, and the run is handed back. */
    public boolean stopping() {
        return stopping;
    }

    /**
     * Before each Withings call of a long run (a page, a strip, a night, a day): once the server stops, the run ends
     * here rather than holding the stop up for its remaining calls ({@link ServerStopping}).
     */
    public void beforeNextCall() {
        if (stopping) {
            throw new ServerStopping();
        }
    }

    /** A write of the sync's own bookkeeping, in a transaction of its own. */
    void bookkeeping(Runnable write) {
        tx.executeWithoutResult(t -> write.run());
    }
}
