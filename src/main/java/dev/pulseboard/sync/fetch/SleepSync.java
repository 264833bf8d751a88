package dev.pulseboard.sync.fetch;

import java.time.Instant;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.daily.SleepNight;
import dev.pulseboard.withings.oauth.AccessTokens;
import dev.pulseboard.withings.DateQuery;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.sleep.SleepData;
import dev.pulseboard.withings.sleep.SleepSummary;
import dev.pulseboard.withings.WithingsClient;

/** Nights (sleep getsummary), dated by the local day each night ended, as Withings dates them. */
@Component
@Order(2)
class SleepSync extends PagedSync<SleepSummary> {

    private final WithingsClient client;
    private final DailyData store;

    SleepSync(WithingsClient client, DailyData store, StoreStep step) {
        super(step);
        this.client = client;
        this.store = store;
    }

    @Override
    public String dataType() {
        return "sleep";
    }

    @Override
    Fetched<SleepSummary> fetch(MemberId member, AccessTokens tokens, Instant since, int offset, Priority priority) {
        var page = client.sleepSummaries(tokens, DateQuery.updatedSince(since), offset, priority);
        return new Fetched<>(page.summaries(), page.more(), page.offset());
    }

    @Override
    int store(MemberId member, String account, List<SleepSummary> summaries) {
        List<SleepNight> nights = summaries.stream().filter(s -> s.date() != null && s.start() != null
                && s.end() != null).map(SleepSync::night).toList();
        store.storeNights(member, account, nights);
        return nights.size();
    }

    static SleepNight night(SleepSummary s) {
        SleepData d = s.data();
        return new SleepNight(s.id(), s.date(), s.start(), s.end(), s.timezone() == null ? null : s.timezone().getId(),
                d.totalSleepTime(), d.lightSleepDuration(), d.deepSleepDuration(), d.remSleepDuration(),
                d.wakeupDuration(), d.sleepEfficiency(), d.sleepScore(), d.hrAverage(), d.rrAverage(),
                d.breathingDisturbancesIntensity(), d.snoring(), d.wakeupCount(), d.sleepLatency(),
                d.wakeupLatency(), d.snoringEpisodeCount(), d.hrMin(), d.hrMax(), s.modified());
    }

    @Override
    Instant modified(SleepSummary item) {
        return item.modified();
    }
}
