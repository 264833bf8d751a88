package dev.pulseboard.sync;

import java.time.Instant;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.Measurements;
import dev.pulseboard.withings.AccessTokens;
import dev.pulseboard.withings.MeasureGroup;
import dev.pulseboard.withings.MeasureQuery;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.WithingsClient;

/** Body measurements (getmeas): weight and composition, blood pressure, pulse, SpO2, temperatures. */
@Component
@Order(0)
class MeasureSync extends PagedSync<MeasureGroup> {

    private final WithingsClient client;
    private final Measurements measurements;
    private final MeasureMapper mapper = new MeasureMapper();

    MeasureSync(WithingsClient client, Measurements measurements, StoreStep step) {
        super(step);
        this.client = client;
        this.measurements = measurements;
    }

    @Override
    public String dataType() {
        return "measures";
    }

    @Override
    Fetched<MeasureGroup> fetch(AccessTokens tokens, Instant since, int offset, Priority priority) {
        var page = client.measures(tokens, MeasureQuery.updatedSince(since), offset, priority);
        return new Fetched<>(page.groups(), page.more(), page.offset());
    }

    @Override
    int store(MemberId member, List<MeasureGroup> groups) {
        var records = mapper.map(groups);
        measurements.store(member, records);
        return records.size();
    }

    @Override
    Instant modified(MeasureGroup group) {
        return group.modified();
    }
}
