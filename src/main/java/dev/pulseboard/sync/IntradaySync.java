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
 * 24 hours per call, so each day costs one call. A day fetched while still running is fetched once more after it
 * is over (when the member's daily activity has moved on two local days, whatever the time zone), a complete day
 * never again. A full run fetches the running day too; a notified run (a watch syncs all day) leaves it for later.
 * Whether a day is over is read from the data, not the clock, so late uploads and emulated time behave alike; a
 * day a week old counts as over anyway (a watch left in a drawer must not cost calls on every full run).
 */
@Component
@Order(7)
class IntradaySync implements DataSync {

    static final int STALE_DAYS = 7;
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
        return run(member, tokens, priority, false);
    }

    @Override
    public int runNotified(MemberId member, AccessTokens tokens, Priority priority) {
        return run(member, tokens, priority, true);
    }

    private int run(MemberId member, AccessTokens tokens, Priority priority, boolean notified) {
        int fetched = 0;
        for (Due due : due(member, notified)) {
            var start = due.day().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant asked = clock.instant();
            var samples = client.intradayActivity(tokens,
                    TimeWindow.of(start, start.plus(Duration.ofDays(1)).minusSeconds(1)), priority);
            fetched += samples.size();
            step.underLock(member, () -> {
                split(samples).forEach((field, series) -> store.storeIntraday(member, due.day(), field, series,
                        asked, due.over()));
            });
        }
        return fetched;
    }

    /** Whether a notified run now has a day to complete: the member's activity has moved past a day. */
    boolean dayEnded(MemberId member) {
        return !due(member, true).isEmpty();
    }

    private List<Due> due(MemberId member, boolean notified) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate latestActivity = daily.latestActivityDate(member).orElse(LocalDate.MIN);
        var fetches = store.intradayFetches(member, today.minusDays(properties.intradayDays() - 1), today);
        List<Due> days = new ArrayList<>();
        for (int back = 0; back < properties.intradayDays(); back++) {
            LocalDate day = today.minusDays(back);
            boolean over = latestActivity.isAfter(day.plusDays(1)) || today.isAfter(day.plusDays(STALE_DAYS));
            var last = fetches.get(day);
            boolean due = last == null || !last.complete() && (over || !notified);
            if (due && (over || !notified)) {
                days.add(new Due(day, over));
            }
        }
        return days;
    }

    /** A UTC day to fetch, and whether it is over. */
    private record Due(LocalDate day, boolean over) {
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
