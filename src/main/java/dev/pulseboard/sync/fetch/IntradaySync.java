package dev.pulseboard.sync.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.recording.ActivityDetail;
import dev.pulseboard.health.recording.Hypnogram;
import dev.pulseboard.sync.SyncProperties;
import dev.pulseboard.withings.Priority;
import dev.pulseboard.withings.TimeWindow;
import dev.pulseboard.withings.WithingsClient;
import dev.pulseboard.withings.activity.IntradaySample;
import dev.pulseboard.withings.oauth.AccessTokens;

/**
 * Intraday heart rate, steps and SpO2 for the last {@code pulseboard.sync.intraday-days} days of the member. They are
 * fetched and stored by UTC day, one more than the setting, so that the member's local days of the window are whole
 * in any time zone (a local day spans parts of two UTC days, see {@link #utcDays}). Withings answers
 * 24 hours per call, so each day costs one call, and Withings notifies no intraday change of its own (a watch's
 * sync is one activity notification). So a notified run and the weekly safety net leave them alone; a day someone
 * asks for (API) is fetched then, unless it was fetched complete or less than {@link #REFETCH_AFTER} ago, and a run
 * that reads everything ("Sync now", the backfill) fetches every day of the window not yet complete. Fetching the
 * finished days of each week ahead of any question cost a call a member a day and answered nothing sooner but the
 * first question about a day. A day is complete once
 * the member's daily activity has moved on two local days (whatever the time zone), read from the data, not the
 * clock, so late uploads and emulated time behave alike; a day a week old counts as complete anyway.
 */
@Component
@Order(7)
public class IntradaySync implements DataSync {

    static final int STALE_DAYS = 7;
    /** How long a day still under way, once fetched, is answered from the store. */
    static final Duration REFETCH_AFTER = Duration.ofMinutes(15);
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
        int fetched = 0;
        for (Due due : due(member, false)) {
            step.beforeNextCall();
            fetched += fetch(member, tokens, due, priority);
        }
        return fetched;
    }

    /** Nothing: no notification of an intraday change can have been lost, and a day is fetched when asked for. */
    @Override
    public int runSafetyNet(MemberId member, AccessTokens tokens, Priority priority) {
        return 0;
    }

    /** Nothing: Withings notifies no intraday change of its own (see the class comment). */
    @Override
    public int runNotified(MemberId member, AccessTokens tokens, Priority priority) {
        return 0;
    }

    /**
     * Why the member's local day (in {@code zone}) cannot be asked for, if it cannot: a day after their today, or a
     * day before the window none of whose UTC days was ever fetched (Withings is asked about the window's days only).
     */
    public Optional<String> refusal(MemberId member, LocalDate day, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = today.minusDays(properties.intradayDays() - 1);
        if (day.isAfter(today)) {
            return Optional.of("Intraday series are for days up to today, " + today + " (" + zone.getId() + "); "
                    + day + " is later.");
        }
        List<LocalDate> utcDays = utcDays(day, zone);
        if (day.isBefore(first)
                && store.intradayFetches(member, null, utcDays.get(0), utcDays.get(utcDays.size() - 1)).isEmpty()) {
            return Optional.of("Intraday series are fetched for the last " + properties.intradayDays()
                    + " days, " + first + " to " + today + " (" + zone.getId() + "); " + day
                    + " is before them and none is stored.");
        }
        return Optional.empty();
    }

    /** The UTC days the local day in {@code zone} has hours of, in order (two, or one when the zone is at UTC that day). */
    public static List<LocalDate> utcDays(LocalDate day, ZoneId zone) {
        LocalDate first = LocalDate.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1),
                ZoneOffset.UTC);
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /**
     * Those of the UTC days a look at which should ask Withings first: days of the window not complete nor just
     * fetched (one look at the store for all of them).
     */
    public List<Due> dueOnView(MemberId member, List<LocalDate> utcDays) {
        return due(member, true).stream().filter(d -> utcDays.contains(d.day())).toList();
    }

    /** Fetches a day {@link #dueOnView} named, now (someone is looking at it). */
    public int fetch(MemberId member, AccessTokens tokens, Due due) {
        return fetch(member, tokens, due, Priority.INTERACTIVE);
    }

    private int fetch(MemberId member, AccessTokens tokens, Due due, Priority priority) {
        var start = due.day().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant asked = clock.instant();
        var samples = client.intradayActivity(tokens,
                TimeWindow.of(start, start.plus(Duration.ofDays(1)).minusSeconds(1)), priority);
        step.underAccountLock(member, account -> {
            split(samples).forEach((field, series) -> store.storeIntraday(member, account, due.day(), field, series,
                    asked, due.over()));
            return null;
        });
        return samples.size();
    }

    /**
     * The days of the window to fetch: never fetched, or fetched before they were over; on view, a day still under
     * way only once per {@link #REFETCH_AFTER}.
     */
    private List<Due> due(MemberId member, boolean onView) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate latestActivity = daily.latestActivityDate(member).orElse(LocalDate.MIN);
        // One UTC day more than the setting: the first local day of the window begins on the UTC day before it in
        // zones ahead of UTC, and the last ends on today's UTC day in zones behind it.
        // Of the account linked now: a day another account's series were fetched for is still to fetch from this one.
        var fetches = store.intradayFetches(member, step.linkedAccount(member), today.minusDays(
                properties.intradayDays()), today);
        List<Due> days = new ArrayList<>();
        for (int back = 0; back <= properties.intradayDays(); back++) {
            LocalDate day = today.minusDays(back);
            boolean over = latestActivity.isAfter(day.plusDays(1)) || today.isAfter(day.plusDays(STALE_DAYS));
            var last = fetches.get(day);
            boolean due = last == null || !last.complete()
                    && (over || !onView || last.fetchedAt().plus(REFETCH_AFTER).isBefore(now));
            if (due) {
                days.add(new Due(day, over));
            }
        }
        return days;
    }

    /** A UTC day to fetch, and whether it is over. */
    public record Due(LocalDate day, boolean over) {
    }

    static Map<String, List<Hypnogram.Sample>> split(List<IntradaySample> samples) {
        Map<String, List<Hypnogram.Sample>> series = new LinkedHashMap<>();
        FIELDS.keySet().forEach(f -> series.put(f, new ArrayList<>()));
        for (IntradaySample s : samples) {
            FIELDS.forEach((field, getter) -> {
                Number value = getter.apply(s);
                if (value != null) {
                    // Kept as whole numbers, rounded: SpO2 comes with a decimal (96.5 %), which intValue() cut to 96.
                    series.get(field).add(new Hypnogram.Sample(s.time(), (int) Math.round(value.doubleValue())));
                }
            });
        }
        series.values().forEach(list -> list.sort(Comparator.comparing(Hypnogram.Sample::time)));
        return series;
    }
}
