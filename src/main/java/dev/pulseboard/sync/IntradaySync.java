package dev.pulseboard.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.ActivityDetail;
import dev.pulseboard.health.DailyData;
import dev.pulseboard.health.Hypnogram;
import dev.pulseboard.withings.AccessTokens;
import dev.pulseboard.withings.IntradaySample;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TimeWindow;
import dev.pulseboard.withings.WithingsClient;

/**
 * Intraday heart rate, steps and SpO2 for the last {@code pulseboard.sync.intraday-days} UTC days. Withings answers
 * 24 hours per call, so each missing day costs one call. A day fetched before it ended is fetched again only when
 * the member's daily activity around it changed after that fetch (the watch synced); a complete day never is.
 * So a run that a webhook or the safety net starts with nothing new costs no intraday call, and a watch sync one
 * (two across midnight).
 */
@Component
@Order(7)
class IntradaySync implements DataSync {

    static final Map<String, Function<IntradaySample, Number>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("heart_rate", IntradaySample::heartRate);
        FIELDS.put("steps", IntradaySample::steps);
        FIELDS.put("spo2", IntradaySample::spo2Auto);
    }

    private final WithingsClient client;
    private final ActivityDetail store;
    private final DailyData daily;
    private final StoreStep step;
    private final SyncProperties properties;
    private final Clock clock;

    IntradaySync(WithingsClient client, ActivityDetail store, DailyData daily, StoreStep step,
            SyncProperties properties, Clock clock) {
        this.client = client;
        this.store = store;
        this.daily = daily;
        this.step = step;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String dataType() {
        return "activity";
    }

    @Override
    public int run(MemberId member, AccessTokens tokens, Priority priority) {
        return run(member, tokens, priority, 0);
    }

    /** A watch syncs all day: a notified run leaves today, still filling, to the day's last sync. */
    @Override
    public int runNotified(MemberId member, AccessTokens tokens, Priority priority) {
        return run(member, tokens, priority, 1);
    }

    private int run(MemberId member, AccessTokens tokens, Priority priority, int firstDayBack) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int fetched = 0;
        for (int back = firstDayBack; back < properties.intradayDays(); back++) {
            LocalDate day = today.minusDays(back);
            if (!due(member, day)) {
                continue;
            }
            var start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant asked = clock.instant();
            var samples = client.intradayActivity(tokens,
                    TimeWindow.of(start, start.plus(Duration.ofDays(1)).minusSeconds(1)), priority);
            fetched += samples.size();
            step.underLock(member, () -> {
                split(samples).forEach((field, series) -> store.storeIntraday(member, day, field, series, asked));
            });
        }
        return fetched;
    }

    /** Never fetched, or fetched before the day ended and the activity of the local days around it changed since. */
    private boolean due(MemberId member, LocalDate day) {
        var fetchedAt = store.intradayFetchedAt(member, day);
        if (fetchedAt.isEmpty()) {
            return true;
        }
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return fetchedAt.get().isBefore(end) && daily.activity(member, day.minusDays(1), day.plusDays(1)).stream()
                .anyMatch(a -> a.modifiedAt() != null && a.modifiedAt().isAfter(fetchedAt.get()));
    }

    static Map<String, List<Hypnogram.Sample>> split(List<IntradaySample> samples) {
        Map<String, List<Hypnogram.Sample>> series = new LinkedHashMap<>();
        FIELDS.keySet().forEach(f -> series.put(f, new ArrayList<>()));
        for (IntradaySample s : samples) {
            FIELDS.forEach((field, getter) -> {
                Number value = getter.apply(s);
                if (value != null) {
                    series.get(field).add(new Hypnogram.Sample(s.time(), value.intValue()));
                }
            });
        }
        series.values().forEach(list -> list.sort(java.util.Comparator.comparing(Hypnogram.Sample::time)));
        return series;
    }
}
