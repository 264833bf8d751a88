package dev.pulseboard.sync.fetch;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.connection.Connections;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.measure.MeasureGroup;
import dev.pulseboard.withings.measure.MeasureQuery;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsClient;

/** Body measurements (getmeas): weight and composition, blood pressure, pulse, SpO2, temperatures. */
@Component
@Order(0)
class MeasureSync extends PagedSync<MeasureSync.Zoned> {

    private final WithingsClient client;
    private final Measurements measurements;
    private final Connections connections;
    private final MeasureMapper mapper = new MeasureMapper();

    MeasureSync(WithingsClient client, Measurements measurements, Connections connections, StoreStep step) {
        super(step);
        this.client = client;
        this.measurements = measurements;
        this.connections = connections;
    }

    @Override
    public String dataType() {
        return "measures";
    }

    @Override
    Fetched<Zoned> fetch(MemberId member, AccessTokens tokens, Instant since, int offset, Priority priority) {
        var page = client.measures(tokens, MeasureQuery.updatedSince(since), offset, priority);
        if (page.timezone() != null) {
            // Every answer names the profile's zone, an empty one too: a member with no readings yet gets theirs.
            connections.recordTimeZone(member, page.timezone());
        }
        return new Fetched<>(page.groups().stream().map(g -> new Zoned(g, page.timezone())).toList(), page.more(),
                page.offset());
    }

    /** Stores the readings with the profile's zone of the answer they came in. */
    @Override
    int store(MemberId member, String account, List<Zoned> groups) {
        List<MeasurementRecord> records = new ArrayList<>();
        for (Zoned z : groups) {
            records.addAll(mapper.map(List.of(z.group()), z.zone()));
        }
        measurements.storeSynced(member, account, records);
        return records.size();
    }

    @Override
    Instant modified(Zoned group) {
        return group.group().modified();
    }

    /** A measure group and the profile time zone of the answer it came in. */
    record Zoned(MeasureGroup group, ZoneId zone) {
    }
}
