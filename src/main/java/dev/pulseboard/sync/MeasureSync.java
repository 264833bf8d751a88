package dev.pulseboard.sync;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.Measurements;
import dev.pulseboard.withings.AccessTokens;
import dev.pulseboard.withings.MeasureGroup;
import dev.pulseboard.withings.MeasurePage;
import dev.pulseboard.withings.MeasureQuery;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsClient;

/**
 * Body measurements: every group modified since the member's cursor ({@code lastupdate = 0} the first time,
 * which is the whole history), page by page; each page is stored before the next is asked for. The cursor moves
 * to the newest {@code modified} seen, less a second so that an edit within that same second is not missed
 * (storing is idempotent, so re-reading one group costs nothing but the bytes). A page is stored under the
 * connection's row lock: a disconnect with erase cannot be followed by a page that was in flight.
 */
@Component
class MeasureSync {

    static final String DATA_TYPE = "measures";

    private final WithingsClient client;
    private final Measurements measurements;
    private final SyncStatusRepository status;
    private final Connections connections;
    private final TransactionTemplate tx;
    private final MeasureMapper mapper = new MeasureMapper();

    MeasureSync(WithingsClient client, Measurements measurements, SyncStatusRepository status,
            Connections connections, TransactionTemplate tx) {
        this.client = client;
        this.measurements = measurements;
        this.status = status;
        this.connections = connections;
        this.tx = tx;
    }

    void run(MemberId member, AccessTokens tokens, Priority priority) {
        long cursor = status.cursor(member, DATA_TYPE);
        long newest = cursor;
        MeasureQuery query = MeasureQuery.updatedSince(Instant.ofEpochSecond(cursor));
        int offset = 0;
        while (true) {
            MeasurePage page = client.measures(tokens, query, offset, priority);
            var records = mapper.map(page.groups());
            tx.executeWithoutResult(t -> {
                connections.lockConnected(member);
                measurements.store(member, records);
                status.progress(member, 1, records.size());
            });
            for (MeasureGroup group : page.groups()) {
                if (group.modified() != null) {
                    newest = Math.max(newest, group.modified().getEpochSecond() - 1);
                }
            }
            if (!page.more()) {
                break;
            }
            if (page.offset() <= offset) {
                throw new SyncFailure("Withings returned a page whose offset does not advance (" + page.offset()
                        + "); stopped to avoid a loop. What was stored is kept.");
            }
            offset = page.offset();
        }
        status.saveCursor(member, DATA_TYPE, Math.max(newest, cursor));
    }
}
