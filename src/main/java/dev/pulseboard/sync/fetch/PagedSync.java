package dev.pulseboard.sync.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.sync.run.SyncFailure;
import dev.pulseboard.sync.run.SyncStatusRepository;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * One Withings data type, synced from a {@code lastupdate} cursor: every item modified since the cursor
 * ({@code 0} the first time, which is the whole history), page by page. Each page is stored, under the
 * connection's row lock, before the next is asked for, so a disconnect with erase is never followed by a page
 * that was in flight, and is checkpointed with the offset to resume from in the same transaction: a run that
 * stops (a crash, a restart, a Withings fault) continues at that page with the same cursor. The last page moves
 * the cursor in its own transaction too, so a run stopped after it (in its detail calls, say) does not read the
 * data type again from the start. The cursor moves to the newest {@code modified} seen, less a second, so an edit within that
 * same second is not missed (storing is idempotent, so re-reading one item costs nothing but the bytes).
 */
public abstract class PagedSync<T> implements DataSync {

    private final StoreStep step;
    private final SyncStatusRepository status;

    public PagedSync(StoreStep step) {
        this.step = step;
        this.status = step.status();
    }

    /** The key of this sync's cursor and progress; the data type's name unless two syncs share a data type. */
    String cursorName() {
        return dataType();
    }

    /** One page of items modified after {@code since}, from {@code offset}. */
    abstract Fetched<T> fetch(MemberId member, AccessTokens tokens, Instant since, int offset, Priority priority);

    /**
     * Stores the page's items, which came from the Withings user {@code account} (the one the member is linked to);
     * returns how many records were written.
     */
    abstract int store(MemberId member, String account, List<T> items);

    /** When Withings last changed the item, or null. */
    abstract Instant modified(T item);

    @Override
    public final int run(MemberId member, AccessTokens tokens, Priority priority) {
        return run(member, tokens, priority, false);
    }

    @Override
    public int runNotified(MemberId member, AccessTokens tokens, Priority priority) {
        return run(member, tokens, priority, true);
    }

    /**
     * The safety net reads the data type only when no run read it for most of {@code safety-net-interval}: a
     * {@code lastupdate} read since a lost notification has already fetched what it announced, so a data type that
     * notifications keep reading costs the safety net nothing.
     */
    @Override
    public int runSafetyNet(MemberId member, AccessTokens tokens, Priority priority) {
        return runUnlessReadWithin(member, tokens, priority, step.safetyNetAge());
    }

    final int run(MemberId member, AccessTokens tokens, Priority priority, boolean notified) {
        int fetched = 0;
        var checkpoint = status.checkpointForRun(member, cursorName());
        long cursor = checkpoint.cursor();
        long newest = Math.max(cursor, checkpoint.resumeNewest());
        int offset = checkpoint.resumeOffset();
        while (true) {
            step.beforeNextCall();
            Fetched<T> page = fetch(member, tokens, Instant.ofEpochSecond(cursor), offset, priority);
            for (T item : page.items()) {
                Instant modified = modified(item);
                if (modified == null || modified.getEpochSecond() - 1 > cursor) {
                    // Not the newest item already stored, which the cursor's second of overlap reads every time.
                    fetched++;
                }
                if (modified != null) {
                    newest = Math.max(newest, modified.getEpochSecond() - 1);
                }
            }
            if (page.more() && page.offset() <= offset) {
                throw new SyncFailure("Withings returned a " + cursorName() + " page whose offset does not advance ("
                        + page.offset() + "); stopped to avoid a loop. What was stored is kept.");
            }
            long seen = newest;
            int next = page.more() ? page.offset() : 0;
            step.underAccountLock(member, account -> {
                int stored = store(member, account, page.items());
                status.progress(member, 1, stored);
                if (page.more()) {
                    status.pageDone(member, cursorName(), next, seen, stored);
                } else {
                    status.lastPageDone(member, cursorName(), seen, stored);
                }
                return stored;
            });
            if (!page.more()) {
                break;
            }
            offset = next;
        }
        long done = newest;
        if (!notified) {
            afterPages(member, tokens, priority);
        }
        step.bookkeeping(() -> status.finished(member, cursorName(), done, step.now()));
        return fetched;
    }

    /**
     * The run, unless this data type was read less than {@code spacing} ago (then nothing: a notified run read it
     * since).
     */
    final int runUnlessReadWithin(MemberId member, AccessTokens tokens, Priority priority, Duration spacing) {
        var last = status.finishedAt(member, cursorName());
        if (last.isPresent() && last.get().plus(spacing).isAfter(step.now())) {
            return 0;
        }
        return run(member, tokens, priority);
    }

    /** Whether this data type has never finished a run for the member: its first backfill. */
    final boolean firstBackfill(MemberId member) {
        return status.finishedAt(member, cursorName()).isEmpty();
    }

    /**
     * What a data type fetches after its pages (detail calls, e.g. ECG strips); nothing by default. Full runs
     * only: after a notification, details wait for the next full run or for someone to look at them.
     */
    void afterPages(MemberId member, AccessTokens tokens, Priority priority) {
    }

    /** Counts a detail call (one more page, {@code items} more records) in this data type's progress. */
    final void progress(MemberId member, int items) {
        status.progress(member, 1, items);
        status.detailDone(member, cursorName(), items);
    }

    /** Ends the run here if the server has begun to stop ({@link StoreStep#beforeNextCall}). */
    final void beforeNextCall() {
        step.beforeNextCall();
    }

    /** Runs a store under the connection's row lock, as every page is stored. */
    final void inLock(MemberId member, Runnable store) {
        step.underLock(member, store);
    }

    /** Reads under the connection's row lock, given the Withings user the member is linked to. */
    final <R> R withAccount(MemberId member, Function<String, R> read) {
        return step.underAccountLock(member, read);
    }

    /** A page as every paged endpoint answers: items, whether more follow, and the next offset. */
    public record Fetched<T>(List<T> items, boolean more, int offset) {
    }
}
